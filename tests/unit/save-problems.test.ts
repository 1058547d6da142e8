import { describe, expect, it } from 'vitest';
import { problemKey, saveErrorText } from '../../entrypoints/panel/save-errors';
import type { Problem, ProblemCode } from '../../utils/inquiries/model';
import { t } from '../../utils/platform/i18n';

const specific: Problem[] = [
  { field: 'message', code: 'empty' },
  { field: 'message', code: 'too-long' },
  { field: 'subject', code: 'too-long' },
  { field: 'fields.title', code: 'too-long' },
  { field: 'topic', code: 'unknown-topic' },
  { field: 'channel', code: 'unknown-channel' },
  { field: 'channel', code: 'channel-not-for-topic' },
  { field: 'channel', code: 'sent-without-channel' },
  { field: 'recipient', code: 'recipient-mismatch' },
  { field: 'pageUrl', code: 'foreign-page' },
  { field: '', code: 'foreign-sender' },
];
const generic: ProblemCode[] = ['missing', 'wrong-type', 'not-allowed', 'not-an-address'];

describe('a refused save, in words', () => {
  for (const problem of specific) {
    it(`words ${problem.field || 'the request'} ${problem.code} in Russian and in English, each its own`, () => {
      const key = problemKey(problem);
      expect(key).not.toBe('problemOther');
      const ru = saveErrorText({ ok: false, error: 'invalid', problems: [problem] }, 'ru');
      const en = saveErrorText({ ok: false, error: 'invalid', problems: [problem] }, 'en');
      expect(ru).toContain(t(key, 'ru'));
      expect(en).toContain(t(key, 'en'));
      expect(ru).toMatch(/^Обращение не сохранено: [а-яё]/);
      expect(ru).not.toMatch(/[a-z]{3}/i);
    });
  }

  it('words the technical problems alike, once however many there are', () => {
    for (const code of generic) expect(problemKey({ field: 'context.url', code })).toBe('problemOther');
    const ru = saveErrorText({ ok: false, error: 'invalid', problems: generic.map((code) => ({ field: 'x', code })) }, 'ru');
    expect(ru).toBe(t('errorInvalid', 'ru', t('problemOther', 'ru')));
  });

  it('lists each of several problems', () => {
    const text = saveErrorText({ ok: false, error: 'invalid', problems: [specific[0], specific[4]] }, 'en');
    expect(text).toContain(`${t('problemEmpty', 'en')}; ${t('problemUnknownTopic', 'en')}`);
  });

  it('keeps a storage failure\'s technical detail out of the sentence', () => {
    expect(saveErrorText({ ok: false, error: 'storage-full', detail: 'QuotaExceededError' }, 'ru')).toBe(t('errorStorageFull', 'ru'));
    expect(saveErrorText({ ok: false, error: 'storage', detail: 'UnknownError: x' }, 'en')).toBe(t('errorStorage', 'en'));
  });
});
