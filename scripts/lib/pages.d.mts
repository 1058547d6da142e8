// Types for pages.mjs.
import type { ContextField, OrderItem, PageContext, PageKind } from '../../utils/marketplaces/types';
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
export function realPagesTable(): PageEntry[];
export function sharedPagesDir(): string;
export function sharedPagesTable(): PageEntry[] | undefined;

/**
 * What a reading (or the panel) shows, in the machine form of the automation hooks: the reader's own
 * fields, with the orders of a list by their numbers.
 */
export type Observed = { kind: PageKind | null } & Partial<Pick<PageContext, Exclude<ContextField, 'items' | 'orders'>>> & {
  items?: Pick<OrderItem, 'article' | 'title' | 'orderId' | 'status'>[];
  orders?: string[];
  /** On an order list: what the panel opened from each card's button shows, card by card. */
  cards?: Pick<PageContext, 'orderId' | 'orderDate' | 'orderStatus'>[];
};
