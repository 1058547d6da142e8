/**
 * The panel's guard (entrypoints/panel/act-guard.ts), driven by a fake IntersectionObserver: clicks wait
 * until the panel has been seen for a moment, stop while the page covers it, and — where the browser
 * cannot say (no v2) — copying or saving the profile waits for the shopper's confirmation. (That the
 * clicks are stopped in a real browser is tests/e2e/page-tricks.spec.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { sendThrough } from '../../entrypoints/panel/channel-actions';
import { AFTER_NO_MS, carriesProfile, createActGuard, SAY_COVERED_AFTER_MS, SHOWN_FOR_MS } from '../../entrypoints/panel/act-guard';
import { channelById } from '../../utils/catalogue';
import { t } from '../../utils/platform/i18n';

type Entry = { isIntersecting: boolean; isVisible?: boolean };

/** The one observer the guard makes, and a way to tell it what the browser saw. */
let observed: { callback: (entries: Entry[]) => void; options: IntersectionObserverInit } | undefined;
const see = (entry: Entry) => observed!.callback([entry]);

function fakeBrowserWindow(v2: boolean) {
  const { document: doc } = parseHTML('<!doctype html><html><body></body></html>');
  vi.stubGlobal('document', doc);
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: Entry[]) => void, options: IntersectionObserverInit) {
        observed = { callback, options };
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('IntersectionObserverEntry', v2 ? class { get isVisible() { return true; } } : class {});
  return doc as unknown as Document;
}

const PROFILE = { name: 'Сидорова Мария Ивановна', phone: '+7 912 345-67-89', email: 'maria.sidorova@example.ru' };
const SIGNED = `Здравствуйте!\n\nС уважением, ${PROFILE.name}\n${PROFILE.phone}`;

beforeEach(() => {
  vi.useFakeTimers();
  observed = undefined;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('where the browser vouches for visibility (v2)', () => {
  it('asks for v2 with the shortest delay it allows', () => {
    const doc = fakeBrowserWindow(true);
    createActGuard(doc.body, () => PROFILE);
    expect(observed?.options).toMatchObject({ trackVisibility: true, delay: 100 });
  });

  it('says nothing of a cover that goes within a moment: the frame drawn transparent, then shown', () => {
    const doc = fakeBrowserWindow(true);
    const guard = createActGuard(doc.body, () => PROFILE);
    see({ isIntersecting: true, isVisible: false });
    vi.advanceTimersByTime(SAY_COVERED_AFTER_MS - 1);
    see({ isIntersecting: true, isVisible: true });
    vi.advanceTimersByTime(SAY_COVERED_AFTER_MS);
    expect(guard.state().covered).toBe(false);
  });

  it('acts only once the panel has been visible for a moment, and not while it is covered', () => {
    const doc = fakeBrowserWindow(true);
    const guard = createActGuard(doc.body, () => PROFILE);
    expect(guard.state()).toMatchObject({ ready: false, covered: false, tracked: true });
    see({ isIntersecting: true, isVisible: true });
    vi.advanceTimersByTime(SHOWN_FOR_MS - 1);
    expect(guard.state().ready).toBe(false);
    vi.advanceTimersByTime(1);
    expect(guard.state().ready).toBe(true);

    // A decoy over it: no click acts at once; it says it is covered once that lasts.
    see({ isIntersecting: true, isVisible: false });
    expect(guard.state()).toMatchObject({ ready: false, covered: false });
    vi.advanceTimersByTime(SAY_COVERED_AFTER_MS);
    expect(guard.state()).toMatchObject({ ready: false, covered: true });
    // Uncovered: the moment starts again.
    see({ isIntersecting: true, isVisible: true });
    expect(guard.state()).toMatchObject({ ready: false, covered: false });
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    expect(guard.state().ready).toBe(true);

    // Hidden (the panel closed), then shown again: again a moment's wait.
    see({ isIntersecting: false, isVisible: false });
    expect(guard.state()).toMatchObject({ ready: false, covered: false });
    see({ isIntersecting: true, isVisible: true });
    expect(guard.state().ready).toBe(false);
  });

  it('the frame moved, scaled or zoomed by the page: not ready, said at once; put back, a moment\'s wait', () => {
    const doc = fakeBrowserWindow(true);
    const guard = createActGuard(doc.body, () => PROFILE);
    see({ isIntersecting: true, isVisible: true });
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    expect(guard.state().ready).toBe(true);
    guard.setPlacement({ placed: false, rootFiltered: false });
    expect(guard.state()).toMatchObject({ ready: false, covered: true });
    guard.setPlacement({ placed: true, rootFiltered: false });
    expect(guard.state()).toMatchObject({ ready: false, covered: false });
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    expect(guard.state().ready).toBe(true);
  });

  it('opened again or laid out anew by the page: acts wait a moment', () => {
    const doc = fakeBrowserWindow(true);
    const guard = createActGuard(doc.body, () => PROFILE);
    see({ isIntersecting: true, isVisible: true });
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    guard.hold();
    expect(guard.state().ready).toBe(false);
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    expect(guard.state().ready).toBe(true);
  });

  it('a filter on the page\'s root (which makes v2 call everything unseen) falls back to asking, instead of locking the panel', async () => {
    const doc = fakeBrowserWindow(true);
    const guard = createActGuard(doc.body, () => PROFILE);
    see({ isIntersecting: true, isVisible: false });
    vi.advanceTimersByTime(SAY_COVERED_AFTER_MS + SHOWN_FOR_MS);
    expect(guard.state()).toMatchObject({ ready: false, covered: true });
    guard.setPlacement({ placed: true, rootFiltered: true });
    expect(guard.state()).toMatchObject({ covered: false, tracked: false });
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    expect(guard.state().ready).toBe(true);
    const asked = guard.mayUse('copy', SIGNED);
    expect(guard.state().confirmation?.kind).toBe('copy');
    guard.state().confirmation!.answer(true);
    await expect(asked).resolves.toBe(true);
  });

  it('never asks to confirm', async () => {
    const doc = fakeBrowserWindow(true);
    const guard = createActGuard(doc.body, () => PROFILE);
    await expect(guard.mayUse('copy', SIGNED)).resolves.toBe(true);
    expect(guard.state().confirmation).toBeUndefined();
  });
});

describe('where it cannot (no v2: Firefox)', () => {
  it('waits a moment after the panel appears, and never says it is covered', () => {
    const doc = fakeBrowserWindow(false);
    const guard = createActGuard(doc.body, () => PROFILE);
    expect(observed?.options).not.toHaveProperty('trackVisibility');
    see({ isIntersecting: true });
    expect(guard.state()).toMatchObject({ ready: false, covered: false, tracked: false });
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    expect(guard.state().ready).toBe(true);
  });

  it('copies a text with the profile only when the shopper confirms, «yes» in a place drawn by lot, and waits longer after a «no»', async () => {
    const doc = fakeBrowserWindow(false);
    let lots = [0.7, 0.7];
    const guard = createActGuard(doc.body, () => PROFILE, () => lots.shift()!);
    see({ isIntersecting: true });
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    expect(guard.asks(SIGNED)).toBe(true);

    const first = guard.mayUse('copy', SIGNED);
    const asked = guard.state().confirmation!;
    // 0.7 of three places: the third; «no» in one of the other two.
    expect(asked).toMatchObject({ kind: 'copy', yesAt: 2, noAt: 1 });
    // Its buttons are new: clicks wait as when the panel appears.
    expect(guard.state().ready).toBe(false);
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    expect(guard.state().ready).toBe(true);
    asked.answer(true);
    await expect(first).resolves.toBe(true);
    expect(guard.state().confirmation).toBeUndefined();

    lots = [0.2, 0.2];
    const second = guard.mayUse('save', SIGNED.toUpperCase());
    expect(guard.state().confirmation).toMatchObject({ kind: 'save', yesAt: 0, noAt: 1 });
    vi.advanceTimersByTime(SHOWN_FOR_MS);
    guard.state().confirmation!.answer(false);
    await expect(second).resolves.toBe(false);
    expect(guard.state().ready).toBe(false);
    vi.advanceTimersByTime(AFTER_NO_MS - 1);
    expect(guard.state().ready).toBe(false);
    vi.advanceTimersByTime(1);
    expect(guard.state().ready).toBe(true);
  });

  it('a question about the page before is answered «no» when the panel is about another', async () => {
    const doc = fakeBrowserWindow(false);
    const guard = createActGuard(doc.body, () => PROFILE);
    const asked = guard.mayUse('save', SIGNED);
    guard.cancelQuestion();
    await expect(asked).resolves.toBe(false);
    expect(guard.state().confirmation).toBeUndefined();
  });

  it('a second question answers the first «no»', async () => {
    const doc = fakeBrowserWindow(false);
    const guard = createActGuard(doc.body, () => PROFILE);
    const first = guard.mayUse('copy', SIGNED);
    const second = guard.mayUse('save', SIGNED);
    await expect(first).resolves.toBe(false);
    expect(guard.state().confirmation?.kind).toBe('save');
    guard.state().confirmation!.answer(true);
    await expect(second).resolves.toBe(true);
  });

  it('asks nothing for a text without the profile', async () => {
    const doc = fakeBrowserWindow(false);
    const guard = createActGuard(doc.body, () => PROFILE);
    await expect(guard.mayUse('copy', 'Здравствуйте! Есть ли товар в наличии?')).resolves.toBe(true);
    expect(guard.state().confirmation).toBeUndefined();
  });
});

describe('what carries the profile', () => {
  it('any of its parts of three characters or more, whatever the case', () => {
    expect(carriesProfile(SIGNED, PROFILE)).toBe(true);
    expect(carriesProfile('почта: MARIA.SIDOROVA@EXAMPLE.RU', PROFILE)).toBe(true);
    expect(carriesProfile('адрес: ул. Лесная, 1', { address: 'ул. Лесная, 1' })).toBe(true);
    expect(carriesProfile('Здравствуйте!', PROFILE)).toBe(false);
    expect(carriesProfile('Я', { name: 'Я' })).toBe(false);
    expect(carriesProfile(SIGNED, undefined)).toBe(false);
  });
});

describe('a channel used when the shopper declines the copy', () => {
  const declining = { copy: async () => 'declined' as const, reveal: async () => 'shown' as const };

  it('neither reveals the page\'s form nor counts as sent, and says it was not copied', async () => {
    const form = channelById('ozon-seller-question')!;
    const reveal = vi.fn(declining.reveal);
    expect(await sendThrough(form, 'текст', 'тема', { ...declining, reveal }, 'ru')).toEqual({
      opened: false,
      notice: { kind: 'status', text: t('statusDeclined', 'ru') },
    });
    expect(reveal).not.toHaveBeenCalled();
  });
});
