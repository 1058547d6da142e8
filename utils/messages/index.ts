/**
 * Typed messages between the content script, the background script and the extension's pages. Runtime
 * messages carry JSON only.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Inquiry, SaveInquiryRequest, SaveInquiryResult } from '@/utils/inquiries/model';
import type { MarketplaceId, PageContext } from '@/utils/marketplaces/types';
import type { Counterpart, CounterpartRecord } from '@/utils/replies/seller-record';
import type { LauncherSettings } from '@/utils/storage/settings';

/** What an order or a product is known by, to find the inquiries about it. */
export interface InquiryKeys {
  marketplace: MarketplaceId;
  orderId?: string;
  article?: string;
}

interface ProtocolMap {
  /** the panel's frame → background */
  saveInquiry(request: SaveInquiryRequest): SaveInquiryResult;
  /**
   * the panel's frame → background: take back an inquiry the panel has just recorded (its "undo"): erased
   * for good; refused (false) once anything but its saving has happened to it, or when it is old
   */
  unsaveInquiry(inquiryId: string): boolean;
  /**
   * the panel's frame → background: the inquiries about this order or product, and the extension's "now".
   * (A frame in a marketplace's page is a third-party context: the browser may refuse it IndexedDB.)
   */
  inquiriesAbout(keys: InquiryKeys): { inquiries: Inquiry[]; now: number };
  /** the panel's frame → background: the shopper sent a follow-up of this inquiry (→ false when refused) */
  followedUp(inquiryId: string): { ok: true } | { ok: false; error: string };
  /**
   * the panel's frame → background: the tab the frame is in, as the browser says (`sender.tab`). Firefox
   * gives an extension page framed in a website no `tabs` API, so no `tabs.getCurrent` there.
   */
  panelTab(): { id: number; url: string } | null;
  /** the panel's frame → background: open this inquiry's case file in a tab (→ false when refused) */
  openCase(inquiryId: string): boolean;
  /** the panel's frame → background: open this inquiry's claim and complaint page in a tab (→ false when refused) */
  openEscalation(inquiryId: string): boolean;
  /**
   * the panel's frame → background: the marketplace page's selected text as a reply (the context menu's
   * «Сохранить как ответ», from the panel): kept, and the reply page opened on it (→ false: no text)
   */
  captureReply(capture: { text: string; from: string }): boolean;
  /** the panel's frame → background: how this seller or this marketplace's support answered before */
  counterpartRecord(who: Counterpart): CounterpartRecord | null;
  /** extension pages → background: inquiries changed; rebuild the badge and the alarm (→ overdue count) */
  remindersChanged(): number;
  /** background or popup → the content script of a tab: open the panel; false when the page has none */
  openPanel(): boolean;
  /** popup → the content script of a tab: what was read there */
  pageContext(): PageContext | null;
  /**
   * background → the content script of each marketplace tab: the language or the hidden launchers
   * changed; read them again (the content script does not listen to storage, which hands out every key)
   */
  settingsChanged(): void;
  /**
   * the content script → background: the language and the hidden launchers, read from storage there (a
   * content script that opened the storage API itself would set it up on every marketplace page load:
   * the most costly part of its start)
   */
  launcherSettings(): LauncherSettings;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
