// Types for pages.mjs.
export interface PageEntry {
  file: string;
  url: string;
  marketplace: string;
  kind: 'product' | 'order' | 'order-list' | 'blocked' | 'other';
  expect: Record<string, unknown>;
  /** Absolute path of the HTML file. */
  path: string;
  /** Served instead of the file when given. */
  html?: string;
}

export const repoRoot: string;
export const fixturesDir: string;
export function loadPagesTable(dir: string, index: string): PageEntry[];
export function fixturePagesTable(): PageEntry[];
export function sharedPagesDir(): string;
export function sharedPagesTable(): PageEntry[] | undefined;

/** What a reading (or the panel) shows, in the machine form of the automation hooks. */
export interface Observed {
  kind: string | null;
  article?: string;
  productId?: string;
  title?: string;
  seller?: string;
  sellerUrl?: string;
  price?: number;
  currency?: string;
  orderId?: string;
  orderDate?: string;
  orderStatus?: string;
  deliveredDate?: string;
  items?: { article?: string; title?: string; orderId?: string; status?: string }[];
  orders?: string[];
}
