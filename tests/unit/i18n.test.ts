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

  it('writes whole roubles without Intl exactly as Intl does, and leaves the rest to it', () => {
    const intl = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB', minimumFractionDigits: 0, maximumFractionDigits: 0 });
    for (const amount of [0, 5, 99, 999, 1000, 1290, 12_345, 999_999, 1_000_000, 12_345_678, 2_147_483_648]) {
      expect(formatPrice(amount, 'RUB'), String(amount)).toBe(intl.format(amount));
    }
    expect(formatPrice(1290, 'RUB')).toBe('1\u00a0290\u00a0₽');
    expect(formatPrice(1290.5, 'RUB').replace(/\s/g, ' ')).toBe('1 290,50 ₽');
    expect(formatPrice(-5, 'RUB').replace(/\s/g, ' ')).toBe('-5 ₽');
    expect(formatPrice(1290, 'RUB', 'en')).toBe(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'RUB', minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(1290));
  });

  it('writes a Russian date without Intl exactly as Intl does, every day of a leap year', () => {
    const intl = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (let day = Date.UTC(2028, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      expect(formatDate(iso), iso).toBe(intl.format(new Date(day)));
    }
    expect(formatDate('1999-12-31')).toBe('31 декабря 1999 г.');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('says a month and a figure of the summary as each language writes them', () => {
    expect(formatMonth('2026-10', 'ru')).toBe('окт.');
    expect(formatMonth('2026-01', 'ru', true)).toBe('янв. 2026 г.');
    expect(formatMonth('2026-01', 'en', true)).toBe('Jan 2026');
    expect(formatNumber(3.14, 'ru')).toBe('3,1');
    expect(formatNumber(3.14, 'en')).toBe('3.1');
  });
});
