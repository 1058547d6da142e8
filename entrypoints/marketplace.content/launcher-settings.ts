/**
 * The launcher's two settings — the language and the hidden launchers — asked of the background, which
 * reads them from storage. The content script opens no storage itself: the browser sets up the storage API
 * anew in the script's world on every page load that touches it, and that was the most costly part of
 * the script's start on a marketplace page (bench/run.mjs). The answer is checked, since nothing else
 * here trusts a message's shape; a missing or odd answer is no settings (the defaults stand).
 */
import type { MarketplaceId } from '@/utils/marketplaces/types';
import { sendMessage } from '@/utils/messages';
import type { LauncherSettings } from '@/utils/storage/settings';

export function askLauncherSettings(): Promise<LauncherSettings | undefined> {
  return sendMessage('launcherSettings').then(
    (answer) => (isLauncherSettings(answer) ? { language: answer.language, hiddenLaunchers: [...answer.hiddenLaunchers] } : undefined),
    () => undefined,
  );
}

function isLauncherSettings(value: unknown): value is LauncherSettings {
  const settings = value as Partial<LauncherSettings> | null;
  return (
    typeof settings === 'object' &&
    settings !== null &&
    (settings.language === 'ru' || settings.language === 'en') &&
    Array.isArray(settings.hiddenLaunchers) &&
    settings.hiddenLaunchers.every((id: MarketplaceId) => typeof id === 'string')
  );
}

/** What stands until the background answers, and when it cannot: the defaults of utils/storage/settings.ts. */
export const LAUNCHER_DEFAULTS: LauncherSettings = { language: 'ru', hiddenLaunchers: [] };

/** How long the launcher waits, hidden, for the first answer before it is shown with the defaults. */
export const SETTINGS_WAIT_MS = 1000;
