/**
 * What the shopper is writing in the panel, kept in the extension's storage until it is saved or
 * discarded, so that closing the tab or the panel loses nothing.
 */
import { PANEL_DRAFT_PREFIX } from './keys';
import { readKey, removeKeys, writeKey } from './local';
import type { Recipient } from '../catalogue/types';
import type { PageContext } from '../marketplaces/types';
import type { MessageFields } from '../templates';

export interface Draft {
  recipient: Recipient;
  topic: string;
  channel: string;
  fields: MessageFields;
  message: string;
  /** A subject the shopper typed; absent while it follows the template. */
  subject?: string;
  /** The shopper changed the text: it no longer follows the template. */
  edited: boolean;
  updatedAt: number;
}

/**
 * Drafts belong to what the page is about (an order, a product), not to the exact address or to how the
 * page came out: a draft begun on an anti-bot page comes back on the product page behind it.
 */
export function draftKey(context: PageContext): string {
  // An item of an order (a Wildberries card) keeps a draft of its own, apart from the order's other items.
  const about = context.orderId
    ? `order:${context.orderId}${context.article ? `:article:${context.article}` : ''}`
    : context.article
      ? `article:${context.article}`
      : new URL(context.url).pathname;
  return `${PANEL_DRAFT_PREFIX}${context.marketplace}:${about}`;
}

export async function loadDraft(key: string): Promise<Draft | undefined> {
  return readKey<Draft>(key);
}

export async function saveDraft(key: string, draft: Draft): Promise<void> {
  await writeKey(key, draft);
}

export async function discardDraft(key: string): Promise<void> {
  await removeKeys(key);
}
