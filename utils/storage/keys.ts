/**
 * Every key the extension keeps in `browser.storage.local`, in one place: what it holds and who writes
 * it. Nothing outside `utils/storage/` touches storage.local (a conventions test checks), so a key cannot
 * appear anywhere without being listed here.
 *
 * Inquiries and their events and files are not here: they are in IndexedDB (`utils/db/`).
 */
import { TEST_BUILD } from '@/utils/platform/build';

export const STORAGE_KEYS = {
  /**
   * The settings as one object, as versions before the split kept them. Read only to be moved into the
   * keys of `SETTING_KEYS` (the background on install and update, and any extension page that finds it),
   * then removed. The content script never reads it: it holds the profile.
   */
  legacySettings: 'settings',
  /** The build for tests and the demo only (utils/storage/clock.ts): how far the clock is moved, in ms. */
  clockOffset: TEST_BUILD ? 'clockOffsetMs' : '',
  /** Ids of the overdue inquiries a notification was shown for (the background's). */
  notifiedOverdue: 'notifiedOverdue',
} as const;

/**
 * The shopper's settings (`Settings`, utils/storage/settings.ts), one key each, so that two changes of
 * different settings at once both land; a change computed from a setting's value (a launcher hidden on
 * one more marketplace, one more correction) goes through the one writer (./writer.ts).
 */
export const SETTING_KEYS = {
  /** 'ru' or 'en'. Written by the options page; read by every page, and by the background for the content script. */
  language: 'settings.language',
  /** The name, phone, e-mail and address that sign messages and documents. Written by the options page
   * and the escalation form; read by the extension's pages alone, never by the content script. */
  profile: 'settings.profile',
  /** Channel id → the shopper's correction. Written by the options page, one entry at a time. */
  corrections: 'settings.corrections',
  /** Marketplaces where the launcher is hidden. Written by the popup, one marketplace at a time; read by
   * the background for the content script. */
  hiddenLaunchers: 'settings.hiddenLaunchers',
  /** Whether overdue answers are notified. Written by the options page; read by the background. */
  reminders: 'settings.reminders',
  /** Working days to wait for an answer by default. Written by the options page; read by the background. */
  defaultAnswerDays: 'settings.defaultAnswerDays',
} as const;

/** A draft of the panel, per marketplace and what the page is about (`Draft`, utils/storage/drafts.ts). */
export const PANEL_DRAFT_PREFIX = 'draft:';
/** A draft of the escalation form, per inquiry; removed once the document is marked sent. */
export const ESCALATION_DRAFT_PREFIX = 'escalation:';

/**
 * In `browser.storage.session` (memory, the extension's own pages alone; gone when the browser closes): a
 * reply's text selected on a page, from the context menu's click (or the panel) until the reply page
 * records it, per capture id (`ReplyCapture`, utils/replies/capture.ts; ./reply-captures.ts).
 */
export const REPLY_CAPTURE_PREFIX = 'reply-capture:';
