/** A small history of inquiries over half a year, as the extension's export file (see sample-history.mjs). */
export function sampleHistory(now?: number): {
  format: 'market-helpdesk-export';
  version: 2;
  exportedAt: string;
  inquiries: Record<string, unknown>[];
  events: Record<string, unknown>[];
  attachments: [];
};
