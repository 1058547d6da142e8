/**
 * Everything the founding documents name for the shopper must be in the catalogue, with its source.
 * This test keeps its own list of what they name: it does not take it from the catalogue it checks.
 */
import { describe, expect, it } from 'vitest';
import { advice, channels, supportScope, topicsFor } from '../../utils/catalogue';
import type { Channel } from '../../utils/catalogue/types';
import { checklist, TOPICS_WITH_WORDING } from '../../utils/templates';

const accessValue = (c: Channel) => JSON.stringify(c.access);

/** Each channel the founding documents name, as a test of the catalogue's entries. */
const NAMED_CHANNELS: [string, (c: Channel) => boolean][] = [
  ['the hotline 8 (800) 234-70-00', (c) => accessValue(c).includes('8 (800) 234-70-00')],
  ['the Moscow line +7 (495) 009-70-70', (c) => accessValue(c).includes('+7 (495) 009-70-70')],
  ['the St Petersburg line +7 (812) 494-06-06', (c) => accessValue(c).includes('+7 (812) 494-06-06')],
  ['the chat on the site and in the app', (c) => accessValue(c).includes('/my/chat/') && /Перейти в чат/.test(c.about.ru)],
  ['e-mail help@ozon.ru', (c) => accessValue(c).includes('help@ozon.ru')],
  ['the company page on VK', (c) => accessValue(c).includes('vk.com/ozon')],
  ['the feedback form in «Помощь»', (c) => /форма обратной связи/i.test(c.name.ru)],
  ['the seller’s question form on a product page', (c) => accessValue(c).includes('seller-question')],
  ['the ethics and compliance line', (c) => accessValue(c).includes('ozon-hotline.delret.ru') && /не для вопросов о заказах/i.test(c.about.ru)],
  ['Rospotrebnadzor under Law No. 2300-1 of 07.02.1992', (c) => /Роспотребнадзор/.test(c.name.ru) && c.about.ru.includes('07.02.1992') && c.about.ru.includes('2300-1')],
  ['the operator ООО «Интернет Решения»', (c) => /Интернет Решения/.test(c.name.ru) && accessValue(c).includes('123112') && accessValue(c).includes('Пресненская набережная, д. 10')],
];

/** Every topic the founding documents name for the shopper. */
const NAMED_TOPICS = [
  'order-payment', 'delivery-status', 'order-missing', 'no-tracking', 'locker-not-delivered', 'pickup-hours',
  'delivery-late', 'russian-post', 'return', 'damaged', 'refund-missing', 'promo-bonus', 'stock-characteristics',
  'courier-complaint', 'technical', 'warranty', 'account-access', 'self-service', 'seller-size', 'seller-colour',
  'seller-expiry', 'seller-delivery', 'seller-bulk-discount', 'ethics-report',
];

describe('what the founding documents name', () => {
  for (const [what, matches] of NAMED_CHANNELS) {
    it(`has ${what}, with a source`, () => {
      const found = channels.filter(matches);
      expect(found.length, what).toBeGreaterThan(0);
      for (const channel of found) expect(channel.source, channel.id).toBeTruthy();
    });
  }

  it('says the 8-800 hotline does not work from Belarus or Kazakhstan', () => {
    const hotline = channels.find((c) => accessValue(c).includes('8 (800) 234-70-00'))!;
    expect(hotline.notFrom?.domains).toEqual(['ozon.by', 'ozon.kz']);
  });

  it('never uses the misdated law', () => {
    expect(JSON.stringify(channels)).not.toContain('07.03.1992');
  });

  it('leaves out Facebook and Instagram', () => {
    expect(JSON.stringify(channels).toLowerCase()).not.toMatch(/facebook|instagram/);
  });

  it('shows what the contact centre can do and when it will not help', () => {
    expect(supportScope.ozon?.can.length).toBe(8);
    expect(supportScope.ozon?.cannot.map((c) => c.ru)).toEqual([
      'вопрос не связан с работой маркетплейса',
      'претензия без доказательств',
    ]);
  });

  it('gives the founding documents’ advice, each with its source', () => {
    expect(advice.ozon.length).toBeGreaterThanOrEqual(7);
    for (const item of advice.ozon) expect(item.source.kind).toBe('seed');
  });

  for (const id of NAMED_TOPICS) {
    it(`has the topic ${id} with channels, a checklist and wording in both languages`, () => {
      const topic = [...topicsFor('ozon', 'seller', 'product'), ...topicsFor('ozon', 'support', 'order')].find((t) => t.id === id);
      expect(topic, id).toBeDefined();
      expect(topic!.channels.length).toBeGreaterThan(0);
      expect(TOPICS_WITH_WORDING).toContain(id);
      expect(checklist(id, 'ru').length).toBeGreaterThan(0);
      expect(checklist(id, 'en').length).toBe(checklist(id, 'ru').length);
    });
  }
});
