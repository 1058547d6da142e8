/**
 * What the shopper typed into the escalation form, per inquiry, until the document is marked sent.
 * Kept dated (`{ form, updatedAt }`), so that the background's sweep drops one not changed for the
 * drafts' time (DRAFT_LIMITS.maxAgeMs, 30 days); each text in it keeps at most DRAFT_LIMITS.message
 * characters (the form says so past that). A draft kept before they were dated is read as it is.
 */
import { boundedKeyPart, cut, DRAFT_LIMITS } from './drafts';
import { ESCALATION_DRAFT_PREFIX } from './keys';
import { readKey, removeKeys, writeKey } from './local';

interface Dated<T> {
  form: T;
  updatedAt: number;
}

export const escalationDraftKey = (inquiryId: string) => `${ESCALATION_DRAFT_PREFIX}${boundedKeyPart(inquiryId)}`;

const isDated = (value: unknown): value is Dated<unknown> =>
  typeof value === 'object' && value !== null && 'form' in value && typeof (value as Dated<unknown>).updatedAt === 'number';

export async function loadEscalationDraft<T>(inquiryId: string, now = Date.now()): Promise<T | undefined> {
  const stored = await readKey<unknown>(escalationDraftKey(inquiryId));
  if (stored === undefined) return undefined;
  if (!isDated(stored)) return stored as T;
  if (now - stored.updatedAt > DRAFT_LIMITS.maxAgeMs) {
    await removeKeys(escalationDraftKey(inquiryId)).catch(() => {});
    return undefined;
  }
  return stored.form as T;
}

/** Keeps the form, each text cut to DRAFT_LIMITS.message; answers whether one was cut. A failed write throws. */
export async function saveEscalationDraft(inquiryId: string, draft: unknown, now = Date.now()): Promise<{ cut: boolean }> {
  let wasCut = false;
  const fit = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') {
      if (value.length > DRAFT_LIMITS.message) wasCut = true;
      return cut(value, DRAFT_LIMITS.message);
    }
    if (depth > 8 || typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => fit(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, fit(item, depth + 1)]));
  };
  const form = fit(draft, 0);
  await writeKey(escalationDraftKey(inquiryId), { form, updatedAt: now } satisfies Dated<unknown>);
  return { cut: wasCut };
}

export function discardEscalationDraft(inquiryId: string): Promise<void> {
  return removeKeys(escalationDraftKey(inquiryId));
}
