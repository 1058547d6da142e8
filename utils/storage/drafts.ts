/**
 * What the shopper is writing in the panel, kept in the extension's storage until it is saved or
 * discarded, so that closing the tab or the panel loses nothing.
 *
 * Bounded, since a page decides where a draft is kept (its address makes the key): a draft holds at
 * most the lengths a saved inquiry may have (`DRAFT_LIMITS`; past them the draft keeps the beginning and
 * the panel says so, the form keeping all of it); at most `count` drafts are kept (the least recently
 * changed go first, when a new one is begun and when the background starts); a draft not changed for
 * `maxAgeMs` is dropped (when read, and by the background's sweep); a key is at most `keyLength`
 * characters (what the page is about, when longer, is cut and hashed).
 */
import { ESCALATION_DRAFT_PREFIX, PANEL_DRAFT_PREFIX } from './keys';
import { listKeys, readKey, readKeys, removeKeys, writeKey } from './local';
import type { Recipient } from '@/utils/catalogue/types';
import { LIMITS } from '@/utils/inquiries/limits';
import type { PageContext } from '@/utils/marketplaces/types';
import type { MessageFields } from '@/utils/templates';

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

const DAY_MS = 86_400_000;

/** The message, subject and field lengths are those a saved inquiry may have (utils/inquiries/limits.ts). */
export const DRAFT_LIMITS = {
  message: LIMITS.message,
  subject: LIMITS.subject,
  /** Each field typed in (article, title, seller, order number, date). */
  field: LIMITS.field,
  /** The topic's and the channel's ids. */
  id: 100,
  /** Panel drafts kept at most. */
  count: 50,
  /** A draft not changed for this long is dropped: 30 days. */
  maxAgeMs: 30 * DAY_MS,
  /** A draft's key, at most (prefix and marketplace included). */
  keyLength: 200,
} as const;

/** What the page is about, longer than this, is kept as its beginning and a hash of the whole. */
const ABOUT_LENGTH = 150;

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
  return `${PANEL_DRAFT_PREFIX}${context.marketplace}:${boundedKeyPart(about)}`;
}

/** A part of a key that a page controls, at most ABOUT_LENGTH characters: longer, its start and a hash. */
export function boundedKeyPart(text: string): string {
  if (text.length <= ABOUT_LENGTH) return text;
  return `${cut(text, 100)}…#${hash(text, 1)}${hash(text, 2)}`;
}

/** 53 bits of the text (cyrb53), as base 36: two of them, differently seeded, name a long key. */
function hash(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The first `max` characters, never half of a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return text.slice(0, end);
}

const FIELD_NAMES = ['article', 'title', 'seller', 'orderId', 'orderDate'] as const satisfies readonly (keyof MessageFields)[];

/** The draft within DRAFT_LIMITS, and whether anything was cut to get it there. */
export function fitDraft(draft: Draft): { draft: Draft; cut: boolean } {
  let wasCut = false;
  const fit = (text: string, max: number) => {
    if (text.length > max) wasCut = true;
    return cut(text, max);
  };
  // Only the fields a message has: a key of another name would make the save request refused.
  const fields: MessageFields = {};
  for (const name of FIELD_NAMES) {
    const value = draft.fields?.[name];
    if (typeof value === 'string') fields[name] = fit(value, DRAFT_LIMITS.field);
  }
  const fitted: Draft = {
    recipient: draft.recipient,
    topic: fit(String(draft.topic ?? ''), DRAFT_LIMITS.id),
    channel: fit(String(draft.channel ?? ''), DRAFT_LIMITS.id),
    fields,
    message: fit(String(draft.message ?? ''), DRAFT_LIMITS.message),
    ...(typeof draft.subject === 'string' && { subject: fit(draft.subject, DRAFT_LIMITS.subject) }),
    edited: draft.edited === true,
    updatedAt: draft.updatedAt,
  };
  return { draft: fitted, cut: wasCut };
}

/** Whether a draft of this text would be cut (the panel then says so). */
export function draftOverLimits(draft: Pick<Draft, 'message' | 'fields'> & { subject?: string }): boolean {
  return (
    draft.message.length > DRAFT_LIMITS.message ||
    (draft.subject ?? '').length > DRAFT_LIMITS.subject ||
    Object.values(draft.fields ?? {}).some((value) => typeof value === 'string' && value.length > DRAFT_LIMITS.field)
  );
}

const expired = (updatedAt: unknown, now: number) =>
  typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || now - updatedAt > DRAFT_LIMITS.maxAgeMs;

/** The draft kept under `key`; none when there is none or it is older than `maxAgeMs` (it is dropped). */
export async function loadDraft(key: string, now = Date.now()): Promise<Draft | undefined> {
  const stored = await readKey<Draft>(key);
  if (stored === undefined) return undefined;
  if (typeof stored !== 'object' || stored === null || expired(stored.updatedAt, now)) {
    await removeKeys(key).catch(() => {});
    return undefined;
  }
  return fitDraft(stored).draft;
}

/** Keeps the draft, cut to DRAFT_LIMITS; answers whether it was cut. A failed write throws. */
export async function saveDraft(key: string, draft: Draft): Promise<{ cut: boolean }> {
  const fitted = fitDraft(draft);
  await writeKey(key, fitted.draft);
  return { cut: fitted.cut };
}

export async function discardDraft(key: string): Promise<void> {
  await removeKeys(key);
}

/**
 * Drops the drafts past their time, panel and escalation alike, and the panel's beyond `count` (the
 * least recently changed first; never `keep`, the one being written). Run by the background at start-up
 * and on install, and by the panel when a new draft is begun.
 */
export async function sweepDrafts(now = Date.now(), keep?: string): Promise<void> {
  const keys = (await listKeys()).filter((key) => key.startsWith(PANEL_DRAFT_PREFIX) || key.startsWith(ESCALATION_DRAFT_PREFIX));
  if (!keys.length) return;
  const stored = await readKeys(keys);
  const drop: string[] = [];
  const panel: { key: string; updatedAt: number }[] = [];
  for (const key of keys) {
    const value = stored[key] as { updatedAt?: unknown } | undefined;
    if (value === undefined) continue;
    const updatedAt = typeof value === 'object' && value !== null ? value.updatedAt : undefined;
    // An escalation draft from before they were dated is kept (it is dated at its next change).
    if (key.startsWith(ESCALATION_DRAFT_PREFIX) && updatedAt === undefined) continue;
    if (key !== keep && expired(updatedAt, now)) drop.push(key);
    else if (key.startsWith(PANEL_DRAFT_PREFIX)) panel.push({ key, updatedAt: Number(updatedAt) || now });
  }
  panel.sort((a, b) => (a.key === keep ? -1 : b.key === keep ? 1 : b.updatedAt - a.updatedAt));
  drop.push(...panel.slice(DRAFT_LIMITS.count).map((entry) => entry.key));
  if (drop.length) await removeKeys(drop);
}
