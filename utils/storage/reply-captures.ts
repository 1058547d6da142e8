/**
 * The replies captured from a page and not yet recorded (./keys.ts, `REPLY_CAPTURE_PREFIX`): kept in the
 * session's storage, which holds them in memory for the extension's own pages alone.
 */
import { browser } from 'wxt/browser';
import { isReplyCapture, type ReplyCapture } from '@/utils/replies/capture';
import { REPLY_CAPTURE_PREFIX } from './keys';

export async function keepReplyCapture(id: string, capture: ReplyCapture): Promise<void> {
  await browser.storage.session.set({ [`${REPLY_CAPTURE_PREFIX}${id}`]: capture });
}

/** The capture, or undefined when there is none (already recorded, the browser restarted) or it is not ours. */
export async function readReplyCapture(id: string): Promise<ReplyCapture | undefined> {
  const key = `${REPLY_CAPTURE_PREFIX}${id}`;
  const stored = (await browser.storage.session.get(key))[key];
  return isReplyCapture(stored) ? stored : undefined;
}

export async function dropReplyCapture(id: string): Promise<void> {
  await browser.storage.session.remove(`${REPLY_CAPTURE_PREFIX}${id}`);
}
