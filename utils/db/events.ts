/** The events store: each inquiry's timeline, one row per event. */
import type { InquiryEvent } from '@/utils/inquiries/model';
import { db } from './connection';

export async function eventsOf(inquiryId: string): Promise<InquiryEvent[]> {
  const events = await (await db()).getAllFromIndex('events', 'inquiryId', inquiryId);
  return events.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
