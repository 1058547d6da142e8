import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatNumber, formatPrice, t } from '../../utils/platform/i18n';

describe('i18n', () => {
  it('looks messages up in the chosen language, whatever the browser speaks', () => {
    expect(t('kindOrder', 'ru')).toBe('Заказ');
    expect(t('kindOrder', 'en')).toBe('Order');
  });

  it('fills positional substitutions', () => {
    expect(t('itemArticle', 'ru', '555000111')).toBe('арт. 555000111');
  });

  it('formats prices and dates for people', () => {
    expect(formatPrice(92.1, 'BYN').replace(/\s/g, ' ')).toBe('92,10 BYN');
    expect(formatPrice(1199, 'RUB').replace(/\s/g, ' ')).toBe('1 199 ₽');
    expect(formatDate('2026-09-17')).toBe('17 сентября 2026 г.');
    expect(formatDate('2026-09-17', 'en')).toBe('17 September 2026');
  });

  it('says a month and a figure of the summary as each language writes them', () => {
    expect(formatMonth('2026-10', 'ru')).toBe('окт.');
    expect(formatMonth('2026-01', 'ru', true)).toBe('янв. 2026 г.');
    expect(formatMonth('2026-01', 'en', true)).toBe('Jan 2026');
    expect(formatNumber(3.14, 'ru')).toBe('3,1');
    expect(formatNumber(3.14, 'en')).toBe('3.1');
  });
});
