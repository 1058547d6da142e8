/** The overdue inquiries a notification was shown for, so that each is notified once. */
import { STORAGE_KEYS } from './keys';
import { readKey, writeKey } from './local';

export async function notifiedOverdue(): Promise<string[]> {
  return (await readKey<string[]>(STORAGE_KEYS.notifiedOverdue)) ?? [];
}

export function setNotifiedOverdue(ids: string[]): Promise<void> {
  return writeKey(STORAGE_KEYS.notifiedOverdue, ids);
}
