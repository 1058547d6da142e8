/** The drafts' limits: their size, how many are kept, how long, and how long a key a page can make. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageContext } from '../../utils/marketplaces/types';
import {
  DRAFT_LIMITS,
  draftKey,
  draftOverLimits,
  fitDraft,
  loadDraft,
  saveDraft,
  sweepDrafts,
  type Draft,
} from '../../utils/storage/drafts';
import { escalationDraftKey, loadEscalationDraft, saveEscalationDraft } from '../../utils/storage/escalation-drafts';
import { PANEL_DRAFT_PREFIX } from '../../utils/storage/keys';

const DAY = 86_400_000;
const NOW = 1_800_000_000_000;

const draft = (change: Partial<Draft> = {}): Draft => ({
  recipient: 'seller',
  topic: 'product-question',
  channel: 'ozon-seller-question',
  fields: { title: 'Термокружка' },
  message: 'Есть ли у кружки запасная крышка?',
  edited: true,
  updatedAt: NOW,
  ...change,
});

const product = (url: string, change: Partial<PageContext> = {}): PageContext =>
  ({ marketplace: 'ozon', kind: 'product', url, sources: {}, ...change }) as PageContext;

const stored = async () => (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;

beforeEach(() => fakeBrowser.reset());

describe('a draft’s size', () => {
  it('keeps a draft within it whole', async () => {
    const within = draft({ message: 'я'.repeat(DRAFT_LIMITS.message), subject: 's'.repeat(DRAFT_LIMITS.subject) });
    expect(draftOverLimits(within)).toBe(false);
    expect(await saveDraft('draft:ozon:article:1', within)).toEqual({ cut: false });
    expect(await loadDraft('draft:ozon:article:1', NOW)).toEqual(within);
  });

  it('keeps the beginning of a longer one and says it was cut (the panel then tells the shopper)', async () => {
    const long = draft({
      message: 'я'.repeat(DRAFT_LIMITS.message + 5_000),
      subject: 's'.repeat(DRAFT_LIMITS.subject + 1),
      fields: { title: 't'.repeat(DRAFT_LIMITS.field * 3), article: '987654321' },
    });
    expect(draftOverLimits(long)).toBe(true);
    expect(await saveDraft('draft:ozon:article:1', long)).toEqual({ cut: true });
    const kept = await loadDraft('draft:ozon:article:1', NOW);
    expect(kept?.message).toBe('я'.repeat(DRAFT_LIMITS.message));
    expect(kept?.subject).toHaveLength(DRAFT_LIMITS.subject);
    expect(kept?.fields).toEqual({ title: 't'.repeat(DRAFT_LIMITS.field), article: '987654321' });
    expect(JSON.stringify(kept).length).toBeLessThan(DRAFT_LIMITS.message + DRAFT_LIMITS.subject + 6 * DRAFT_LIMITS.field + 1_000);
  });

  it('never cuts a character in half', () => {
    const message = `${'a'.repeat(DRAFT_LIMITS.message - 1)}😀😀`;
    const { draft: fitted } = fitDraft(draft({ message }));
    expect(fitted.message).toBe('a'.repeat(DRAFT_LIMITS.message - 1));
  });

  it('bounds the escalation form’s texts too, and says so', async () => {
    const form = { problem: 'п'.repeat(DRAFT_LIMITS.message + 10), seller: { name: 'ООО «Ромашка»' }, price: '1990' };
    expect(await saveEscalationDraft('inquiry-1', form, NOW)).toEqual({ cut: true });
    expect(await loadEscalationDraft('inquiry-1', NOW)).toEqual({ ...form, problem: 'п'.repeat(DRAFT_LIMITS.message) });
    expect(await saveEscalationDraft('inquiry-1', { ...form, problem: 'коротко' }, NOW)).toEqual({ cut: false });
  });
});

describe('how many drafts are kept', () => {
  it(`at most ${DRAFT_LIMITS.count} of the panel’s: beginning another drops the least recently changed`, async () => {
    const total = DRAFT_LIMITS.count + 5;
    for (let i = 0; i < total; i++) await saveDraft(`draft:ozon:article:${i}`, draft({ updatedAt: NOW - (total - i) * 60_000 }));
    // The oldest of all is the one being written now: it stays, the next oldest go.
    await sweepDrafts(NOW, 'draft:ozon:article:0');
    const keys = Object.keys(await stored()).filter((key) => key.startsWith(PANEL_DRAFT_PREFIX));
    expect(keys).toHaveLength(DRAFT_LIMITS.count);
    expect(keys).toContain('draft:ozon:article:0');
    for (let i = 1; i <= 5; i++) expect(keys).not.toContain(`draft:ozon:article:${i}`);
    expect(keys).toContain(`draft:ozon:article:${total - 1}`);
  });

  it('counts the panel’s drafts alone: settings and escalation drafts are not touched', async () => {
    await fakeBrowser.storage.local.set({ 'settings.language': 'en' });
    await saveEscalationDraft('inquiry-1', { problem: 'брак' }, NOW);
    for (let i = 0; i < DRAFT_LIMITS.count + 1; i++) await saveDraft(`draft:ozon:article:${i}`, draft({ updatedAt: NOW - i }));
    await sweepDrafts(NOW);
    const after = await stored();
    expect(after['settings.language']).toBe('en');
    expect(after[escalationDraftKey('inquiry-1')]).toBeDefined();
    expect(Object.keys(after).filter((key) => key.startsWith(PANEL_DRAFT_PREFIX))).toHaveLength(DRAFT_LIMITS.count);
  });
});

describe('how long a draft is kept', () => {
  it('30 days since it last changed: an older one is not restored, and is gone', async () => {
    expect(DRAFT_LIMITS.maxAgeMs).toBe(30 * DAY);
    await saveDraft('draft:ozon:article:1', draft({ updatedAt: NOW - 29 * DAY }));
    await saveDraft('draft:ozon:article:2', draft({ updatedAt: NOW - 31 * DAY }));
    expect(await loadDraft('draft:ozon:article:1', NOW)).toBeDefined();
    expect(await loadDraft('draft:ozon:article:2', NOW)).toBeUndefined();
    expect(Object.keys(await stored())).toEqual(['draft:ozon:article:1']);
  });

  it('the background’s sweep drops the expired ones of both kinds, and keeps an undated escalation draft', async () => {
    await saveDraft('draft:ozon:article:old', draft({ updatedAt: NOW - 31 * DAY }));
    await saveDraft('draft:ozon:article:new', draft({ updatedAt: NOW - DAY }));
    await fakeBrowser.storage.local.set({ 'draft:ozon:article:broken': { message: 'no date' } });
    await saveEscalationDraft('old', { problem: 'брак' }, NOW - 31 * DAY);
    await saveEscalationDraft('new', { problem: 'брак' }, NOW - DAY);
    // Kept by a version before escalation drafts were dated.
    await fakeBrowser.storage.local.set({ [escalationDraftKey('undated')]: { problem: 'брак' } });
    await sweepDrafts(NOW);
    expect(Object.keys(await stored()).sort()).toEqual(
      ['draft:ozon:article:new', escalationDraftKey('new'), escalationDraftKey('undated')].sort(),
    );
    expect(await loadEscalationDraft('undated', NOW)).toEqual({ problem: 'брак' });
    expect(await loadEscalationDraft('old', NOW)).toBeUndefined();
  });

  it('an expired escalation draft is not restored either', async () => {
    await saveEscalationDraft('inquiry-1', { problem: 'брак' }, NOW - 31 * DAY);
    expect(await loadEscalationDraft('inquiry-1', NOW)).toBeUndefined();
    expect(await stored()).toEqual({});
  });
});

describe('a draft’s key, which a page controls through its address', () => {
  it(`is at most ${DRAFT_LIMITS.keyLength} characters, however long the address`, () => {
    const path = `/product/${'x'.repeat(100_000)}/`;
    const key = draftKey(product(`https://www.ozon.ru${path}`));
    expect(key.length).toBeLessThanOrEqual(DRAFT_LIMITS.keyLength);
    expect(key.startsWith('draft:ozon:/product/xxx')).toBe(true);
    const long = 'й'.repeat(50_000);
    expect(draftKey(product('https://www.ozon.ru/', { orderId: long, article: long })).length).toBeLessThanOrEqual(DRAFT_LIMITS.keyLength);
    expect(escalationDraftKey('i'.repeat(10_000)).length).toBeLessThanOrEqual(DRAFT_LIMITS.keyLength);
  });

  it('still tells long addresses apart, and gives one address the same key each time', () => {
    const a = draftKey(product(`https://www.ozon.ru/product/${'x'.repeat(500)}a/`));
    const b = draftKey(product(`https://www.ozon.ru/product/${'x'.repeat(500)}b/`));
    expect(a).not.toBe(b);
    expect(draftKey(product(`https://www.ozon.ru/product/${'x'.repeat(500)}a/`))).toBe(a);
  });

  it('is unchanged for what a real page is about (drafts already kept are found)', () => {
    expect(draftKey(product('https://www.ozon.ru/product/termokruzhka-987654321/', { article: '987654321' }))).toBe('draft:ozon:article:987654321');
    expect(draftKey(product('https://www.ozon.ru/my/orderdetails/?order=46206571-0591', { kind: 'order', orderId: '46206571-0591' }))).toBe(
      'draft:ozon:order:46206571-0591',
    );
    expect(draftKey(product('https://www.ozon.ru/product/termokruzhka/'))).toBe('draft:ozon:/product/termokruzhka/');
  });
});
