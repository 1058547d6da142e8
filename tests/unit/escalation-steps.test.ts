/** The claim's steps: which step answers each of the core's missing, asked and wrong items, and the shopper's edits of the text. */
import { describe, expect, it } from 'vitest';
import { initialForm, inputOf, type Form } from '../../entrypoints/cases/escalation/form';
import { applyEdits, editPart, resetEdits } from '../../entrypoints/cases/escalation/document-edits';
import { firstStepWithGaps, gapCount, gapsIn, gapsOf, NO_GAPS, stepOf } from '../../entrypoints/cases/escalation/steps';
import { buildDocument, documentText, problemsFor } from '../../utils/escalation/documents';
import type { Inquiry } from '../../utils/inquiries/model';
import { anInquiry, ORDER_URL } from '../support/builders';

const msk = (iso: string) => Date.parse(`${iso}T12:00:00+03:00`);
const inquiry: Inquiry = anInquiry({
  status: 'sent',
  createdAt: msk('2026-11-02'),
  firstSentAt: msk('2026-11-02'),
  context: { marketplace: 'ozon', kind: 'order', url: ORDER_URL, sources: {}, deliveredDate: '2026-10-01' },
  fields: { orderId: '46206571-0591', article: '555000111', title: 'Ноутбук' },
  topic: 'damaged',
  subject: 'Брак',
  message: 'Здравствуйте',
});
const profile = { name: 'Иванова Анна Сергеевна', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1' };
const seller = { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560', address: '101000, г. Москва, ул. Садовая, д. 5' };
const gapsFor = (change: Partial<Form>, withProfile = profile) => {
  const input = inputOf({ ...initialForm(inquiry), ...change }, { inquiry, events: [], files: [], profile: withProfile, corrections: {}, today: '2026-11-22' });
  return gapsOf(buildDocument(input), problemsFor(input));
};
const full: Partial<Form> = { situation: 'defect', seller, price: '12990', warranty: '12', problem: 'Не включается.', paymentMethod: 'card' };

describe('the step each item of the core belongs to', () => {
  it('a blank defect claim: the price, the story and the warranty are «Что случилось», the seller «Кто продавец», the profile «Проверьте»', () => {
    const gaps = gapsFor({ situation: 'defect' }, {} as typeof profile);
    expect(gapsIn(gaps, 'situation')).toEqual({ missing: ['price', 'problem'], asked: ['warranty'], problems: [] });
    expect(gapsIn(gaps, 'seller').missing).toEqual(['seller-name', 'seller-ids', 'seller-address']);
    expect(gapsIn(gaps, 'check').missing).toEqual(['profile-name', 'profile-contact', 'profile-address']);
    // The refund demands money: where to pay is «Чего вы хотите».
    expect(gapsIn(gaps, 'remedy').asked).toEqual(['payment']);
    expect(firstStepWithGaps(gaps)).toBe('situation');
  });

  it('a return asks the written terms in «Даты», beside the day the goods came, and nothing else there', () => {
    const gaps = gapsFor({ situation: 'return', seller, price: '2490', paymentMethod: 'card' });
    expect(gapsIn(gaps, 'dates')).toEqual({ missing: [], asked: ['terms-in-writing'], problems: [] });
    expect(gapCount(gapsIn(gaps, 'situation')) + gapCount(gapsIn(gaps, 'seller')) + gapCount(gapsIn(gaps, 'remedy'))).toBe(0);
  });

  it('a late demand: what was demanded before is «Что случилось», the seller’s receipt of it «Даты»', () => {
    const gaps = gapsFor({ situation: 'demand-late', seller, price: '12990', problem: 'Не починили.' });
    expect(gapsIn(gaps, 'situation').asked).toEqual(['late-basis']);
    expect(gapsIn(gaps, 'dates').missing).toEqual(['date-demand']);
  });

  it('a wrong ИНН is said in «Кто продавец», even while other things are missing', () => {
    const gaps = gapsFor({ situation: 'defect', seller: { ...seller, ids: 'ИНН 7707083894' } });
    expect(gaps.missing.length).toBeGreaterThan(0);
    expect(gapsIn(gaps, 'seller').problems).toEqual(['seller-inn-invalid']);
    expect(gapsIn(gaps, 'dates').problems).toEqual([]);
  });

  it('an incomplete order: the price cut is «Чего вы хотите», the day to complete it «Даты»', () => {
    const gaps = gapsFor({ situation: 'incomplete', seller, price: '2490', mismatch: 'нет зарядки', remedy: 'discount' });
    expect(gapsIn(gaps, 'remedy').missing).toEqual(['price-cut']);
    expect(gapsFor({ situation: 'wrong-item', seller, price: '2490', mismatch: 'утюг', prepaid: true, remedy: 'deliver' }).missing).toContain('date-new-delivery');
  });

  it('a document drawn leaves no gaps, and a stored step that is not one is the first', () => {
    expect(gapsFor(full)).toEqual(NO_GAPS);
    expect(firstStepWithGaps(NO_GAPS)).toBeUndefined();
    expect(stepOf('dates')).toBe('dates');
    expect(stepOf('nonsense')).toBe('situation');
  });
});

describe('the shopper’s edits of the document', () => {
  const draw = (change: Partial<Form> = {}) => {
    const input = inputOf({ ...initialForm(inquiry), ...full, ...change }, { inquiry, events: [], files: [], profile, corrections: {}, today: '2026-11-22' });
    const result = buildDocument(input);
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.document;
  };

  it('an edited part is what the text holds, and survives the document drawn again from a changed form', () => {
    const first = draw();
    const facts = first.parts.find((p) => p.id === 'facts')!.text;
    const edits = editPart(undefined, first, 'facts', `${facts}\nЧайник искрит при включении.`);
    const again = applyEdits(draw({ problem: 'Не включается совсем.' }), edits);
    expect(documentText(again.document)).toContain('Чайник искрит при включении.');
    expect(again.edited).toEqual(['facts']);
    // The story is in the edited part: the edit wins, and is flagged as resting on older data.
    expect(documentText(again.document)).not.toContain('Не включается совсем.');
    expect(again.stale).toEqual(['facts']);
    // A part not edited follows the form.
    const titled = applyEdits(draw({ problem: 'Не включается совсем.' }), editPart(undefined, first, 'title', 'ПРЕТЕНЗИЯ О НЕДОСТАТКЕ'));
    expect(documentText(titled.document)).toContain('Не включается совсем.');
    expect(documentText(titled.document)).toContain('ПРЕТЕНЗИЯ О НЕДОСТАТКЕ');
    expect(titled.stale).toEqual([]);
  });

  it('a part whose drawn text changed after the edit is flagged; taking the new text drops the edit', () => {
    const first = draw();
    const from = first.parts.find((p) => p.id === 'statement')!.text;
    const edits = editPart(undefined, first, 'statement', 'Мой текст.');
    const changed = draw({ problem: 'Другая поломка.' });
    const drawnNow = changed.parts.find((p) => p.id === 'statement')!.text;
    const { stale } = applyEdits(changed, edits);
    expect(stale).toEqual(drawnNow === from ? [] : ['statement']);
    expect(applyEdits(changed, resetEdits(edits, 'claim', 'statement')).edited).toEqual([]);
  });

  it('edits are kept per kind: a claim’s never land in the complaint; typing the drawn text back is no edit', () => {
    const claim = draw();
    const edits = editPart(undefined, claim, 'title', 'ПРЕТЕНЗИЯ (ИСПРАВЛЕНО)');
    expect(applyEdits(draw({ kind: 'complaint' }), edits).edited).toEqual([]);
    expect(editPart(edits, claim, 'title', claim.parts.find((p) => p.id === 'title')!.text).claim).toEqual({});
  });
});
