/**
 * Version 2 (shipped; never edit): inquiries await an answer by a due time. Those already sent get one,
 * counted from when they were sent (or saved), in working days: the channel's own answer time where its
 * source gave one (the Ozon support chat: one working day), else three.
 *
 * Everything it needs is copied in as it was when it shipped — the answer times, the production calendar
 * of 2025 and 2026, the counting — so that a later change to the lifecycle or the calendar cannot change
 * what this step does to a database it meets.
 */
import type { IDBPTransaction } from 'idb';

interface InquiryV2 {
  id: string;
  status: string;
  channel: string;
  createdAt: number;
  sentAt?: number;
  firstSentAt?: number;
  dueAt?: number;
  dueApproximate?: boolean;
  dueIsDefault?: boolean;
}

const ANSWER_WORKING_DAYS: Record<string, number> = { 'ozon-support-chat': 1 };
const DEFAULT_WORKING_DAYS = 3;

/** Weekdays off and worked weekend days, as the decrees for 2025 (№ 1335) and 2026 (№ 1466) set them. */
const DAYS_OFF = new Set([
  '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-06', '2025-01-07', '2025-01-08',
  '2025-05-01', '2025-05-02', '2025-05-08', '2025-05-09', '2025-06-12', '2025-06-13',
  '2025-11-03', '2025-11-04', '2025-12-31',
  '2026-01-01', '2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09',
  '2026-02-23', '2026-03-09', '2026-05-01', '2026-05-11', '2026-06-12', '2026-11-04', '2026-12-31',
]);
const WORKING_WEEKENDS = new Set(['2025-11-01']);
const KNOWN_YEARS = new Set([2025, 2026]);

const DAY_MS = 24 * 60 * 60 * 1000;
const MOSCOW_MS = 3 * 60 * 60 * 1000;

const moscowDay = (ms: number) => new Date(ms + MOSCOW_MS).toISOString().slice(0, 10);
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

function isWorkingDay(iso: string): boolean {
  if (WORKING_WEEKENDS.has(iso)) return true;
  if (DAYS_OFF.has(iso)) return false;
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

function dueFor(channel: string, sentAt: number): Pick<InquiryV2, 'dueAt' | 'dueApproximate' | 'dueIsDefault'> {
  const own = ANSWER_WORKING_DAYS[channel];
  let date = moscowDay(sentAt);
  let approximate = !KNOWN_YEARS.has(Number(date.slice(0, 4)));
  for (let counted = 0; counted < (own ?? DEFAULT_WORKING_DAYS); ) {
    date = nextDay(date);
    approximate ||= !KNOWN_YEARS.has(Number(date.slice(0, 4)));
    if (isWorkingDay(date)) counted++;
  }
  return { dueAt: Date.parse(`${date}T23:59:59.999+03:00`), dueApproximate: approximate, dueIsDefault: own === undefined };
}

// The transaction's stores are typed by this step's own shape, not today's schema.
type Tx = IDBPTransaction<unknown, string[], 'versionchange'>;

export async function upgradeTo2(tx: Tx): Promise<void> {
  const store = tx.objectStore('inquiries');
  store.createIndex('dueAt', 'dueAt');
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const inquiry = cursor.value as InquiryV2;
    if (inquiry.status !== 'sent' || inquiry.dueAt !== undefined) continue;
    const sentAt = inquiry.sentAt ?? inquiry.createdAt;
    await cursor.update({ ...inquiry, firstSentAt: sentAt, sentAt, ...dueFor(inquiry.channel, sentAt) });
  }
}
