import { describe, expect, it } from 'vitest';
import { sendThrough } from '../../entrypoints/panel/channel-actions';
import { channelById } from '../../utils/catalogue';
import { t } from '../../utils/platform/i18n';

describe('using a channel', () => {
  const env = (copied: boolean, shown: boolean) => {
    const calls: string[] = [];
    return {
      calls,
      copy: async (text: string) => (calls.push(`copy:${text}`), copied ? ('copied' as const) : ('failed' as const)),
      reveal: async (target: string) => (calls.push(`reveal:${target}`), shown),
    };
  };

  it('copies and reveals the page\'s own form; opened only when it was shown', async () => {
    const form = channelById('ozon-seller-question')!;
    const ok = env(true, true);
    expect(await sendThrough(form, 'текст', 'тема', ok, 'ru')).toEqual({ opened: true, notice: { kind: 'status', text: t('statusRevealed', 'ru') } });
    expect(ok.calls).toEqual(['copy:текст', 'reveal:seller-question']);
    expect(await sendThrough(form, 'текст', 'тема', env(true, false), 'ru')).toEqual({
      opened: false,
      notice: { kind: 'error', text: t('statusTargetGone', 'ru') },
    });
  });

  it('counts a call as reaching for the number, without copying', async () => {
    const hotline = channelById('ozon-hotline')!;
    const quiet = env(true, true);
    expect(await sendThrough(hotline, 'текст', 'тема', quiet, 'ru')).toEqual({ opened: true });
    expect(quiet.calls).toEqual([]);
  });

  it('says when the copy failed', async () => {
    const chat = channelById('ozon-support-chat')!;
    expect(await sendThrough(chat, 'текст', 'тема', env(false, true), 'en')).toEqual({
      opened: true,
      notice: { kind: 'error', text: t('statusCopyFailed', 'en') },
    });
  });
});
