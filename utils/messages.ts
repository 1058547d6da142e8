/**
 * Typed messages between the content script, the background script and the extension's pages. Runtime
 * messages carry JSON only.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SaveInquiryRequest, SaveInquiryResult } from './inquiry';
import type { PageContext } from './marketplaces/types';

interface ProtocolMap {
  /** the panel's frame → background */
  saveInquiry(request: SaveInquiryRequest): SaveInquiryResult;
  /** extension pages → background: inquiries changed; rebuild the badge and the alarm (→ overdue count) */
  remindersChanged(): number;
  /** background or popup → the content script of a tab: open the panel; false when the page has none */
  openPanel(): boolean;
  /** popup → the content script of a tab: what was read there */
  pageContext(): PageContext | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
