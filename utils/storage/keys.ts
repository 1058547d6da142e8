/**
 * Every key the extension keeps in `browser.storage.local`, in one place: what it holds and who writes
 * it. Nothing outside `utils/storage/` touches storage.local (a conventions test checks), so a key cannot
 * appear anywhere without being listed here.
 *
 * Inquiries and their events and files are not here: they are in IndexedDB (`utils/db/`).
 */
import { TEST_BUILD } from '../platform/build';

export const STORAGE_KEYS = {
  /** The shopper's settings (`Settings`): language, profile, corrections, hidden launchers, reminders. */
  settings: 'settings',
  /** The build for tests and the demo only (utils/storage/clock.ts): how far the clock is moved, in ms. */
  clockOffset: TEST_BUILD ? 'clockOffsetMs' : '',
  /** Ids of the overdue inquiries a notification was shown for (the background's). */
  notifiedOverdue: 'notifiedOverdue',
} as const;

/** A draft of the panel, per marketplace and what the page is about (`Draft`). */
export const PANEL_DRAFT_PREFIX = 'draft:';
/** A draft of the escalation form, per inquiry; removed once the document is marked sent. */
export const ESCALATION_DRAFT_PREFIX = 'escalation:';

export const escalationDraftKey = (inquiryId: string) => `${ESCALATION_DRAFT_PREFIX}${inquiryId}`;
