/**
 * What the build for tests hands the end-to-end tests in its background (`globalThis[TEST_HOOKS]`): the
 * handlers only the browser calls otherwise, since no test can press a browser shortcut or click a
 * notification. The shopper's builds have none of it (a test reads the built files). Apart from
 * build.ts, which the tests cannot import, so that they share the name.
 */
export const TEST_HOOKS = 'marketHelpdeskTestHooks';

export interface TestHooks {
  /** What `commands.onCommand` calls: the command and the tab the browser says it was given in. */
  onCommand(command: string, tab: { id?: number } | undefined): Promise<void>;
  /** What `notifications.onClicked` calls. */
  onNotificationClicked(notificationId: string): Promise<void>;
  /** What `contextMenus.onClicked` calls: the click's data (the selected text, the page) and its tab. */
  onReplyMenuClicked(
    info: { menuItemId: string | number; selectionText?: string; pageUrl?: string; frameUrl?: string },
    tab?: { url?: string },
  ): Promise<void>;
}
