/** Ozon's operator's address in a claim: the article's, to be checked in the state register (legal review m6). */
import { describe, expect, it } from 'vitest';
import type { EscalationInput } from '../../utils/escalation/documents';
import { built, msk, orderInquiry } from '../support/escalation';

const claim: EscalationInput = {
  kind: 'claim',
  situation: 'return',
  termsInWriting: 'yes',
  inquiry: orderInquiry({ createdAt: msk('2026-11-20') }),
  events: [],
  attachments: [],
  profile: { name: 'Иванова Анна Сергеевна', phone: '+7 900 000-00-00', address: '101000, г. Москва, ул. Лесная, д. 1, кв. 2' },
  seller: { name: 'ООО «Тёплый день»', ids: 'ИНН 7701234560', address: '101000, г. Москва, ул. Садовая, д. 5' },
  price: 2490,
  payment: { method: 'card' },
  dates: { delivered: '2026-11-20' },
  today: '2026-11-22',
};

describe('m6: the operator’s address is checked against ЕГРЮЛ, not presumed complete', () => {
  it('says where the address came from and where to check it, on an Ozon claim', () => {
    const note = built(claim).notes.find((n) => n.id === 'operator-address')!;
    expect(note.ru).toContain('Адрес ООО «Интернет Решения» (123112, г. Москва, Пресненская набережная, д. 10)');
    expect(note.ru).toContain('с выпиской из ЕГРЮЛ на сайте ФНС России');
    expect(note.url).toBe('https://egrul.nalog.ru/');
    expect(note.source.ru).toContain('п. 63 постановления Пленума Верховного Суда РФ от 23.06.2015 № 25');
  });

  it('is silent once the shopper corrected the address, and off Ozon', () => {
    const corrections = { 'ozon-operator': { value: '123112, г. Москва, Пресненская наб., д. 10, эт. 41', at: '2026-11-20' } };
    expect(built({ ...claim, corrections }).notes.some((n) => n.id === 'operator-address')).toBe(false);
    const wb = { ...claim, inquiry: { ...claim.inquiry, marketplace: 'wildberries' as const, context: { ...claim.inquiry.context, marketplace: 'wildberries' as const } } };
    expect(built(wb).notes.some((n) => n.id === 'operator-address')).toBe(false);
  });
});
