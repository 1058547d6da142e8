/**
 * A screenshot of the marketplace tab, kept with the newest inquiry about its order or product.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { useInquiries } from '@/components/InquiryList';
import type { Translate } from '@/components/settings';
import { latestInquiryAbout } from '@/utils/db';
import { MAX_ATTACHMENT_BYTES } from '@/utils/inquiries/model';
import { attach } from '@/utils/inquiries/writes';
import { dataUrlBlob } from '@/utils/platform/download';
import { now } from '@/utils/storage/clock';
import type { ActivePage } from './active-page';

/** The visible part of the tab as an image file named by the time it was taken. */
async function captureTab(tabId: number): Promise<File> {
  const tab = await browser.tabs.get(tabId);
  const stamp = new Date(now()).toISOString().slice(0, 16).replace(':', '-');
  // PNG first; a very large screen's PNG can pass the 10 MB limit, and JPEG then keeps it under.
  let blob = dataUrlBlob(await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' }));
  let type = 'image/png';
  if (blob.size > MAX_ATTACHMENT_BYTES) {
    blob = dataUrlBlob(await browser.tabs.captureVisibleTab(tab.windowId, { format: 'jpeg', quality: 85 }));
    type = 'image/jpeg';
  }
  return new File([blob], `screenshot-${stamp}.${type === 'image/png' ? 'png' : 'jpg'}`, { type });
}

/** `shot`: the title of the inquiry the last screenshot went to; `screenshot`: take one and keep it. */
export function useScreenshot(page: ActivePage | undefined, inquiries: ReturnType<typeof useInquiries>, t: Translate) {
  const [shot, setShot] = useState<string | undefined>(undefined);

  const screenshot = () =>
    inquiries.attempt(async () => {
      if (!page?.context) return;
      const inquiry = await latestInquiryAbout({
        marketplace: page.marketplace,
        orderId: page.context.orderId,
        article: page.context.article,
      });
      if (!inquiry) throw new Error(t('historyNotFound'));
      const file = await captureTab(page.tabId);
      const result = await attach(inquiry.id, file, now());
      if (!result.ok) throw new Error(t(result.error === 'too-large' ? 'attachTooLarge' : 'historyNotFound', file.name));
      setShot(inquiry.fields.title || inquiry.subject);
      await inquiries.load();
    });

  return { shot, screenshot };
}
