/**
 * A reminder's click opens its inquiry's case file; the click is heard from the moment the shopper grants
 * `notifications`, not only once the background starts again with it.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForNotificationClicks } from '../../entrypoints/background/reminders';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('a reminder\'s click', () => {
  it('is heard once the permission is granted, once, and opens the case file of its inquiry', async () => {
    const notifications = fakeBrowser.notifications;
    let onAdded: ((added: { permissions?: string[] }) => void) | undefined;
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(
      (listener) => void (onAdded = listener as (added: { permissions?: string[] }) => void),
    );
    const clicked: ((id: string) => void)[] = [];
    vi.spyOn(notifications.onClicked, 'addListener').mockImplementation((listener) => void clicked.push(listener));
    const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const cleared = vi.spyOn(notifications, 'clear').mockResolvedValue(true);

    // Started without the permission: there is no notifications API yet.
    Object.assign(fakeBrowser, { notifications: undefined });
    try {
      listenForNotificationClicks();
      expect(clicked).toHaveLength(0);
    } finally {
      Object.assign(fakeBrowser, { notifications });
    }
    onAdded!({ permissions: ['storage'] });
    expect(clicked).toHaveLength(0);
    onAdded!({ permissions: ['notifications'] });
    onAdded!({ permissions: ['notifications'] });
    expect(clicked).toHaveLength(1);

    clicked[0]('something-else');
    clicked[0]('overdue:abc 1');
    await vi.waitFor(() => expect(cleared).toHaveBeenCalledWith('overdue:abc 1'));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(opened).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/cases.html#abc%201') });
  });
});
