import { describe, expect, it } from 'vitest';
import { sendThrough } from '../../entrypoints/panel/channel-actions';
import { channelById } from '../../utils/catalogue';
import type { RevealOutcome } from '../../utils/panel-frame/protocol';
import { t } from '../../utils/platform/i18n';

describe('using a channel', () => {
  const env = (copied: boolean, shown: RevealOutcome) => {
    const calls: string[] = [];
    return {
      calls,
      copy: async (text: string) => (calls.push(`copy:${text}`), copied ? ('copied' as const) : ('failed' as const)),
      reveal: async (target: string) => (calls.push(`reveal:${target}`), shown),
    };
  };

  it('copies and reveals the page\'s own form; opened only when it was shown', async () => {
    const form = channelById('ozon-seller-question')!;
    const ok = env(true, 'shown');
    expect(await sendThrough(form, 'текст', 'тема', ok, 'ru')).toEqual({ opened: true, notice: { kind: 'status', text: t('statusRevealed', 'ru') } });
    expect(ok.calls).toEqual(['copy:текст', 'reveal:seller-question']);
    expect(await sendThrough(form, 'текст', 'тема', env(true, 'absent'), 'ru')).toEqual({
      opened: false,
      notice: { kind: 'error', text: t('statusTargetGone', 'ru') },
    });
  });

  it('says how to open a form that is on the page but folded away, and does not claim it outlined', async () => {
    const form = channelById('ozon-seller-question')!;
    const hidden = await sendThrough(form, 'текст', 'тема', env(true, 'hidden'), 'ru');
    expect(hidden).toEqual({ opened: false, notice: { kind: 'error', text: t('statusTargetHiddenQuestion', 'ru') } });
    expect(hidden.notice!.text).not.toContain('выделенную');
    const chat = channelById('ozon-seller-chat')!;
    expect(await sendThrough(chat, 'текст', 'тема', env(true, 'hidden'), 'en')).toEqual({
      opened: false,
      notice: { kind: 'error', text: t('statusTargetHiddenChat', 'en') },
    });
    // Not copied: that comes first, whatever the page showed.
    expect((await sendThrough(form, 'текст', 'тема', env(false, 'hidden'), 'ru')).notice).toEqual({ kind: 'error', text: t('statusCopyFailed', 'ru') });
  });

  it('counts a call as reaching for the number, without copying', async () => {
    const hotline = channelById('ozon-hotline')!;
    const quiet = env(true, 'shown');
    expect(await sendThrough(hotline, 'текст', 'тема', quiet, 'ru')).toEqual({ opened: true });
    expect(quiet.calls).toEqual([]);
  });

  it('says when the copy failed', async () => {
    const chat = channelById('ozon-support-chat')!;
    expect(await sendThrough(chat, 'текст', 'тема', env(false, 'shown'), 'en')).toEqual({
      opened: true,
      notice: { kind: 'error', text: t('statusCopyFailed', 'en') },
    });
  });
});
