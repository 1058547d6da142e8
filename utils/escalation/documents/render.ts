/** A document as plain text and as a printable, escaped HTML page. */
import { documentDate } from './format';
import type { LegalDocument } from './result';

export function documentText(document: LegalDocument): string {
  return document.parts.map((p) => p.text).join('\n\n') + '\n';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A standalone page: the document alone, set for printing on A4. Every value is escaped. */
export function documentHtml(document: LegalDocument): string {
  const title = document.kind === 'claim' ? 'Претензия' : 'Жалоба в Роспотребнадзор';
  const body = document.parts
    .map((p) => `<section class="${p.id}">${p.text.split('\n').map((line) => `<p>${escapeHtml(line) || '&nbsp;'}</p>`).join('')}</section>`)
    .join('\n');
  return (
    `<!doctype html>\n<html lang="ru"><head><meta charset="utf-8"><title>${title} ${documentDate(document.date)}</title>` +
    '<style>@page{size:A4;margin:20mm}body{font:12pt/1.45 "Times New Roman",serif;max-width:170mm;margin:0 auto}' +
    'p{margin:0}section{margin:0 0 10pt}.to,.from{margin-left:45%}.title{text-align:center;font-weight:bold}</style>' +
    `</head><body>\n${body}\n</body></html>\n`
  );
}
