/**
 * Version 3 (shipped; never edit): files kept as evidence, in a store beside their inquiry; and what the
 * summary counts — the first send, its channel, the number of sends, the first reply — kept on each
 * inquiry, taken from its events. The counting is copied in as it shipped.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

interface EventV3 {
  inquiryId: string;
  type: string;
  at: number;
  detail?: string;
}

interface InquiryV3 {
  id: string;
  channel: string;
  firstSentAt?: number;
  firstSentChannel?: string;
  sendCount?: number;
  firstReplyAt?: number;
}

function figuresFromEvents(inquiry: InquiryV3, events: EventV3[]): InquiryV3 {
  const own = events.filter((e) => e.inquiryId === inquiry.id).sort((a, b) => a.at - b.at);
  const sends = own.filter((e) => e.type === 'sent');
  const first = sends[0];
  const reply = first && own.find((e) => e.type === 'reply' && e.at >= first.at);
  return {
    ...inquiry,
    ...(first && { firstSentAt: inquiry.firstSentAt ?? first.at, firstSentChannel: first.detail || inquiry.channel }),
    sendCount: sends.length,
    ...(reply && { firstReplyAt: reply.at }),
  };
}

type Tx = IDBPTransaction<unknown, string[], 'versionchange'>;

export async function upgradeTo3(db: IDBPDatabase<unknown>, tx: Tx): Promise<void> {
  const attachments = db.createObjectStore('attachments', { keyPath: 'id' });
  attachments.createIndex('inquiryId', 'inquiryId');
  const events = tx.objectStore('events').index('inquiryId');
  const store = tx.objectStore('inquiries');
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const inquiry = cursor.value as InquiryV3;
    await cursor.update(figuresFromEvents(inquiry, (await events.getAll(inquiry.id)) as EventV3[]));
  }
}
