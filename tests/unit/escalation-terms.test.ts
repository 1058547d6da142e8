/**
 * The law's terms as one table (utils/escalation/terms.ts): each row's words are the Russian for its
 * number, the deadlines count the table's numbers, and every term a document or a note states in words or
 * digits is one of the table's.
 */
import { describe, expect, it } from 'vitest';
import { answerDue, deadlinesFor, penaltyFor, remedyTerm, REPAIR_MAX_DAYS, termText } from '../../utils/escalation/deadlines';
import { documentText, type EscalationInput, type LegalDocument } from '../../utils/escalation/documents';
import { ARTICLES } from '../../utils/escalation/law';
import { numberWords, termDigits, termWords } from '../../utils/escalation/numerals';
import { inDigits, inWords, RATES, TERMS, termSpan, type TermId } from '../../utils/escalation/terms';
import { ESCALATION_ANSWER_DAYS } from '../../utils/inquiries/lifecycle';
import { built, claimBase } from '../support/escalation';

describe('numbers in words', () => {
  it('writes the genitive after «в течение» and the accusative after «срок —»', () => {
    expect(numberWords(45, 'genitive')).toBe('сорока пяти');
    expect(numberWords(90, 'genitive')).toBe('девяноста');
    expect(numberWords(3, 'accusative')).toBe('три');
    expect(termWords(7, 'days', 'genitive')).toBe('семи дней');
    expect(termWords(10, 'days', 'genitive', true)).toBe('десяти календарных дней');
    expect(termWords(15, 'days', 'genitive')).toBe('пятнадцати дней');
    expect(termWords(1, 'months', 'genitive')).toBe('одного месяца');
    expect(termWords(3, 'months', 'genitive')).toBe('трёх месяцев');
    expect(termWords(21, 'days', 'genitive')).toBe('двадцати одного дня');
    expect(termWords(10, 'years', 'genitive')).toBe('десяти лет');
    expect(termWords(3, 'months', 'accusative')).toBe('три месяца');
    expect(termWords(2, 'years', 'accusative')).toBe('два года');
    expect(termWords(21, 'days', 'accusative')).toBe('двадцать один день');
    expect(termWords(12, 'days', 'accusative')).toBe('двенадцать дней');
    expect(termWords(34, 'days', 'accusative', true)).toBe('тридцать четыре календарных дня');
  });

  it('writes digits with the noun the number takes, as termText always did', () => {
    expect([termDigits(7, 'days'), termDigits(21, 'days'), termDigits(11, 'days'), termDigits(10, 'days', true)]).toEqual([
      '7 дней',
      '21 дня',
      '11 дней',
      '10 календарных дней',
    ]);
    expect(termText({ days: 31 })).toBe('31 дня');
  });

  it('refuses a number it has no words for rather than print a wrong one', () => {
    expect(() => numberWords(0, 'genitive')).toThrow(RangeError);
    expect(() => numberWords(100, 'genitive')).toThrow(RangeError);
    expect(() => numberWords(2.5, 'genitive')).toThrow(RangeError);
  });
});

describe('the table of terms', () => {
  const rows = Object.values(TERMS);

  it.each(rows.filter((row) => row.words).map((row) => [row.id, row] as const))('%s: its words are its number in Russian', (_id, row) => {
    expect(row.words!.genitive).toBe(termWords(row.amount, row.unit, 'genitive', row.saysCalendar));
    if (row.words!.accusative) expect(row.words!.accusative).toBe(termWords(row.amount, row.unit, 'accusative', row.saysCalendar));
  });

  it('cites an article the documents know for every term and rate, with a source', () => {
    for (const row of [...rows, ...Object.values(RATES)]) {
      expect(ARTICLES[row.article], row.id).toBeDefined();
      expect(row.source.ru, row.id).toMatch(/ст\. /);
    }
  });

  it('writes each rate as its fraction in per cent, with a decimal comma', () => {
    for (const rate of Object.values(RATES)) expect(rate.words).toBe(`${String(rate.rate * 100).replace('.', ',')} %`);
    expect(RATES['penalty-23.1'].cap).toBe('prepayment');
    expect(RATES['penalty-23'].cap).toBeUndefined();
  });

  it('counts what the deadlines count: spans, articles, the move off a day off', () => {
    expect(termSpan('return-unwritten')).toEqual({ months: 3 });
    expect(termSpan('defect-two-years')).toEqual({ months: 24 });
    expect(REPAIR_MAX_DAYS).toBe(TERMS['repair-max'].amount);
    expect(TERMS['claim-answer'].amount).toBe(ESCALATION_ANSWER_DAYS.claim);
    expect(remedyTerm('refund')).toEqual({ article: TERMS.refund.article, term: termSpan('refund') });
    expect(remedyTerm('replace', { replacement: 'extra-check' }).term).toEqual(termSpan('replace-extra-check'));
    expect(remedyTerm('replace', { replacement: 'out-of-stock' }).term).toEqual(termSpan('replace-out-of-stock'));
    expect(remedyTerm('repair')).toEqual({ article: '20', term: termSpan('repair-max'), outerLimit: true });
    // 28.11.2026 is a Saturday: a term moves to Monday, the promised date does not.
    const base = { situation: 'not-delivered', remedy: 'refund', prepayment: 1000, today: '2026-12-20' } as const;
    const [delivery, refund] = deadlinesFor({ ...base, dates: { promised: '2026-11-28', demandReceived: '2026-11-18' } });
    expect(delivery).toMatchObject({ id: 'delivery', article: TERMS.delivery.article, date: '2026-11-28', moved: false });
    expect(refund).toMatchObject({ article: TERMS['prepayment-refund'].article, term: termSpan('prepayment-refund'), date: '2026-11-30', moved: true });
    expect(answerDue('2026-11-18', '2026-11-20').date).toBe('2026-11-30');
    expect(penaltyFor({ ...base, dates: { promised: '2026-11-28' } })!.rate).toBe(RATES['penalty-23.1'].rate);
  });
});

/** A case of each kind, each path of its terms: the documents and notes they draw. */
function documents(): { title: string; doc: LegalDocument }[] {
  const base = claimBase();
  const defect = { ...base, situation: 'defect', warrantyMonths: 12, problem: 'Не включается.', priceCut: 1000, repairCosts: 1500, dates: { delivered: '2026-11-10' } } as const;
  const late = { ...base, situation: 'demand-late', problem: 'Не включается.', dates: { delivered: '2026-10-01', demandReceived: '2026-10-05', promised: '2026-10-01' } } as const;
  const cases: [string, EscalationInput][] = [
    ...(['refund', 'replace', 'replace-other', 'repair', 'repair-costs', 'discount'] as const).map((remedy): [string, EscalationInput] => [`defect ${remedy}`, { ...defect, remedy }]),
    ['defect, complex, in time', { ...defect, remedy: 'refund', technicallyComplex: true }],
    ['defect, complex, late', { ...defect, remedy: 'refund', technicallyComplex: true, complexGround: 'unusable-30-days', dates: { delivered: '2026-10-01' } }],
    ['defect, repair agreed', { ...defect, remedy: 'repair', repairDays: 30 }],
    ['defect, substitute', { ...defect, remedy: 'replace', substitute: true }],
    ['defect, too late', { ...defect, remedy: 'repair', warrantyMonths: 0, dates: { delivered: '2023-10-01' } }],
    ['return, in writing', { ...base, situation: 'return', termsInWriting: 'yes', dates: { delivered: '2026-11-01', withdrawn: '2026-11-20' } }],
    ['return, not in writing', { ...base, situation: 'return', termsInWriting: 'no', dates: { delivered: '2026-08-01' } }],
    ...(['refund', 'replace', 'repair'] as const).map((remedy): [string, EscalationInput] => [`late ${remedy}`, { ...late, lateBasis: 'defect', remedy }]),
    ['late replace, extra check', { ...late, lateBasis: 'defect', remedy: 'replace', replacement: 'extra-check' }],
    ['late replace, out of stock', { ...late, lateBasis: 'defect', remedy: 'replace', replacement: 'out-of-stock', newRemedy: 'refund' }],
    ['late return refund', { ...late, lateBasis: 'return' }],
    ['late prepayment refund', { ...late, lateBasis: 'prepayment', prepayment: 12990 }],
    ['not delivered, refund', { ...base, situation: 'not-delivered', remedy: 'refund', prepayment: 12990, dates: { promised: '2026-11-01', demandReceived: '2026-11-05' } }],
    ['not delivered, aggregator', { ...base, situation: 'not-delivered', remedy: 'refund', prepaymentTo: 'aggregator', prepayment: 12990, dates: { promised: '2026-11-01', withdrawn: '2026-11-05' } }],
    ['wrong item, refund', { ...base, situation: 'wrong-item', remedy: 'refund', prepaid: true, mismatch: 'утюг', dates: { delivered: '2026-11-09', promised: '2026-11-10' } }],
    ['incomplete, discount', { ...base, situation: 'incomplete', remedy: 'discount', priceCut: 1000, mismatch: 'крышка', dates: { delivered: '2026-11-09' } }],
    ['incomplete, refund', { ...base, situation: 'incomplete', remedy: 'refund', mismatch: 'крышка', dates: { delivered: '2026-11-09' } }],
  ];
  return cases.flatMap(([title, input]) =>
    (['claim', 'complaint'] as const).map((kind) => ({ title: `${title} (${kind})`, doc: built({ ...input, kind }) })),
  );
}

const NUMBER_WORD = [...Array(99).keys()].flatMap((i) => [numberWords(i + 1, 'genitive'), numberWords(i + 1, 'accusative')]).flatMap((w) => w.split(' '));
const WORDS = [...new Set(NUMBER_WORD)].join('|');
const NOUN = '(?:календарн[а-яё]+ )?(?:дней|дня|день|месяцев|месяца|месяц|лет|года|год)(?![а-яё])';
/** «сорока пяти дней», «три месяца»: a term in words. */
const IN_WORDS = new RegExp(`(?<![а-яё])(?:(?:${WORDS}) ){1,2}${NOUN}`, 'giu');
/** «10 дней», «21 дня»: a term in digits (not «12 дн.» of a delay, nor a date). */
const IN_DIGITS = new RegExp(`(?<![\\d.])\\d+ ${NOUN}`, 'gu');

describe('every term a document states is the table’s', () => {
  const all = documents();
  const words = new Set(Object.values(TERMS).flatMap((row) => (row.words ? [row.words.genitive, row.words.accusative].filter(Boolean) : [])));
  const ids = Object.keys(TERMS) as TermId[];
  const digits = new Set([...ids.map(inDigits), termText({ days: 30 })]);
  const rates = new Set(Object.values(RATES).map((rate) => rate.words));

  it('finds a term in words or digits, and one the table does not hold', () => {
    const said = 'в течение одиннадцати дней, не более сорока пяти дней (12 дн.), срок — три месяца, 21 дня, 11 календарных дней';
    expect([...said.matchAll(IN_WORDS)].map((m) => m[0])).toEqual(['одиннадцати дней', 'сорока пяти дней', 'три месяца']);
    expect(words).not.toContain('одиннадцати дней');
    expect([...said.matchAll(IN_DIGITS)].map((m) => m[0])).toEqual(['21 дня', '11 календарных дней']);
    expect(digits).not.toContain('11 календарных дней');
  });

  it.each(all.map(({ title, doc }) => [title, doc] as const))('%s', (_title, doc) => {
    const texts = [documentText(doc), ...doc.notes.map((note) => note.ru)].join('\n');
    const found = [...texts.matchAll(IN_WORDS)].map((m) => m[0]);
    for (const phrase of found) expect(words, `«${phrase}»`).toContain(phrase);
    for (const phrase of [...texts.matchAll(IN_DIGITS)].map((m) => m[0])) expect(digits, `«${phrase}»`).toContain(phrase);
    for (const rate of texts.match(/\d+(?:,\d+)? %/g) ?? []) expect(rates, `«${rate}»`).toContain(rate);
  });

  it('the articles’ summaries the page shows state only the table’s terms', () => {
    for (const [id, article] of Object.entries(ARTICLES)) {
      for (const phrase of [...article.ru.matchAll(IN_WORDS)].map((m) => m[0])) expect(words, `${id}: «${phrase}»`).toContain(phrase);
      for (const phrase of [...article.ru.matchAll(IN_DIGITS)].map((m) => m[0])) expect(digits, `${id}: «${phrase}»`).toContain(phrase);
    }
  });

  it('states the case’s own term in the table’s words', () => {
    const text = (title: string) => documentText(all.find((d) => d.title === title)!.doc);
    expect(text('defect refund (claim)')).toContain(`в течение ${inWords('refund')} со дня предъявления требования (ст. 22 Закона)`);
    expect(text('defect replace (claim)')).toContain(`в течение ${inWords('replace')} со дня предъявления требования (п. 1 ст. 21 Закона)`);
    expect(text('defect, complex, in time (claim)')).toContain(`в пределах ${inWords('complex-goods')} со дня передачи товара`);
    expect(text('return, not in writing (claim)')).toContain(`в течение ${inWords('return-unwritten')} с момента передачи товара`);
    expect(text('return, in writing (claim)')).toContain(`в течение ${inWords('return-written')}; если информация`);
    expect(text('return, in writing (claim)')).toContain(`в течение ${inWords('return-refund')} со дня предъявления настоящего требования (п. 4 ст. 26.1 Закона)`);
    expect(text('not delivered, aggregator (claim)')).toContain(`в течение ${inWords('aggregator-refund')} со дня предъявления настоящего требования (п. 2.4 ст. 12 Закона)`);
    expect(text('late prepayment refund (claim)')).toContain(`в течение ${inWords('prepayment-refund')} со дня его предъявления`);
    expect(text('late replace, extra check (claim)')).toContain(`в течение ${inDigits('replace-extra-check')}, поскольку продавец сообщил`);
    expect(text('defect repair (claim)')).toContain(`не может превышать ${inWords('repair-max')}`);
    expect(text('defect, substitute (claim)')).toContain(`прошу в течение ${inWords('substitute')} безвозмездно предоставить`);
    expect(text('defect refund (claim)')).toContain(`в течение ${inWords('claim-answer')} со дня получения настоящей претензии`);
    expect(text('late refund (claim)')).toContain(`(${RATES['penalty-23'].words} цены товара за каждый день)`);
    expect(text('not delivered, refund (claim)')).toContain(`(${RATES['penalty-23.1'].words} суммы предварительной оплаты за каждый день, не более суммы предоплаты)`);
    expect(text('defect refund (claim)')).toContain(`штрафа в размере ${RATES['fine-13.6'].words} от присуждённой суммы`);
  });
});
