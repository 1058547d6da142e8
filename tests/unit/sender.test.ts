import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isExtensionPage } from '../../utils/platform/sender';

beforeEach(() => fakeBrowser.reset());

describe('who may read the history and save', () => {
  const id = fakeBrowser.runtime.id;
  const own = fakeBrowser.runtime.getURL('/');

  it('takes the extension\'s own pages, the frame at its per-session address too', () => {
    expect(isExtensionPage({ id, url: `${own}popup.html?tab=3` })).toBe(true);
    expect(isExtensionPage({ id, url: `${own}cases.html#abc` })).toBe(true);
    const frame = `${new URL(own).protocol}//0b8f2b6e-4c1e-4a7e-9a53-2f7d0c0c9d11/panel.html#key`;
    expect(isExtensionPage({ id, url: frame })).toBe(true);
  });

  it('refuses a content script: this extension\'s id, but the marketplace\'s page as its address', () => {
    const contentScript = { id, url: 'https://www.ozon.ru/product/termokruzhka-987654321/', tab: { id: 7 }, frameId: 0 };
    expect(isExtensionPage(contentScript)).toBe(false);
  });

  it('refuses another extension, a sender without an address, and an address that is not one', () => {
    expect(isExtensionPage({ id: 'another-extension', url: `${own}popup.html` })).toBe(false);
    expect(isExtensionPage({ id })).toBe(false);
    expect(isExtensionPage({ id, url: 'not an address' })).toBe(false);
    expect(isExtensionPage({ id, url: 'data:text/html,<p>chrome-extension:</p>' })).toBe(false);
    expect(isExtensionPage(undefined)).toBe(false);
  });
});

describe('the background, asked by a content script', () => {
  const contentScript = {
    id: fakeBrowser.runtime.id,
    url: 'https://www.ozon.ru/product/termokruzhka-987654321/',
    tab: { id: 7, url: 'https://www.ozon.ru/product/termokruzhka-987654321/' },
    frameId: 0,
  };
  const ask = async (type: string, data: unknown, sender: object) => {
    let sent: unknown;
    const respond = (response: unknown) => void (sent = response);
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const answers = await trigger({ id: 1, type, data, timestamp: Date.now() }, sender, respond);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const answer = (sent ?? answers.find((a) => a && typeof a === 'object')) as { res?: unknown; err?: unknown } | undefined;
    if (answer?.err) throw new Error(JSON.stringify(answer.err));
    return answer?.res;
  };

  it('gives it no inquiry, saves nothing, follows nothing up and opens no case file', async () => {
    // What the fake browser lacks, and this test does not need.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    const { default: background } = await import('../../entrypoints/background');
    background.main();
    const opened: unknown[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => void opened.push(tab));
    expect(await ask('inquiriesAbout', { marketplace: 'ozon', article: '987654321' }, contentScript)).toMatchObject({ inquiries: [] });
    expect(await ask('saveInquiry', {}, contentScript)).toMatchObject({ ok: false, problems: [{ field: '', code: 'foreign-sender' }] });
    expect(await ask('followedUp', 'some-id', contentScript)).toMatchObject({ ok: false });
    expect(await ask('openCase', 'some-id', contentScript)).toBe(false);
    expect(await ask('openEscalation', 'some-id', contentScript)).toBe(false);
    expect(opened).toEqual([]);
    // The same question from an extension page is answered.
    expect(await ask('openCase', 'some-id', { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/panel.html#k') })).toBe(true);
    expect(await ask('openEscalation', 'some-id', { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/panel.html#k') })).toBe(true);
    expect(opened).toMatchObject([
      { url: fakeBrowser.runtime.getURL('/cases.html#some-id') },
      { url: fakeBrowser.runtime.getURL('/cases.html#escalate/some-id') },
    ]);
  });
});
