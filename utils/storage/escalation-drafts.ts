/** What the shopper typed into the escalation form, per inquiry, until the document is marked sent. */
import { escalationDraftKey } from './keys';
import { readKey, removeKeys, writeKey } from './local';

export function loadEscalationDraft<T>(inquiryId: string): Promise<T | undefined> {
  return readKey<T>(escalationDraftKey(inquiryId));
}

export function saveEscalationDraft(inquiryId: string, draft: unknown): Promise<void> {
  return writeKey(escalationDraftKey(inquiryId), draft);
}

export function discardEscalationDraft(inquiryId: string): Promise<void> {
  return removeKeys(escalationDraftKey(inquiryId));
}
