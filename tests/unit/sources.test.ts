import { describe, expect, it } from 'vitest';
import { currencyFromText, foldSpace, parsePrice, parseRussianDate } from '../../utils/marketplaces/sources';

const NOW = new Date('2026-11-22T12:00:00Z');

describe('dates as Russian pages write them', () => {
  it('reads the usual forms', () => {
    expect(parseRussianDate('Заказ от 17 сентября 2025', NOW)).toBe('2025-09-17');
    expect(parseRussianDate('17.09.2025', NOW)).toBe('2025-09-17');
    expect(parseRussianDate('2025-09-17', NOW)).toBe('2025-09-17');
    expect(parseRussianDate('3 ноября', NOW)).toBe('2026-11-03');
    expect(parseRussianDate('30 ноября', NOW)).toBe('2025-11-30');
  });

  it('takes the Moscow day of a moment with a time', () => {
    expect(parseRussianDate('2026-09-16T22:30:00Z', NOW)).toBe('2026-09-17');
    expect(parseRussianDate('2026-09-17T14:03:00+03:00', NOW)).toBe('2026-09-17');
  });

  it('does not take a date out of longer numbers or words', () => {
    expect(parseRussianDate('117 сентября', NOW)).toBeUndefined();
    expect(parseRussianDate('5 маяков', NOW)).toBeUndefined();
    expect(parseRussianDate('120.09.2025', NOW)).toBeUndefined();
    expect(parseRussianDate('31 февраля 2026', NOW)).toBeUndefined();
  });
});

describe('prices and currencies', () => {
  it('reads thin and non-breaking spaces and a decimal comma', () => {
    expect(parsePrice('12\u2009345,50\u2009₽')).toBe(12345.5);
    expect(parsePrice('1\u00a0990 ₽')).toBe(1990);
    expect(parsePrice('35,60 BYN')).toBe(35.6);
    expect(parsePrice('нет в наличии')).toBeUndefined();
  });

  it('tells Belarusian roubles from Russian ones', () => {
    expect(currencyFromText('35,60 бел. руб.')).toBe('BYN');
    expect(currencyFromText('35,60 BYN')).toBe('BYN');
    expect(currencyFromText('350 руб.')).toBe('RUB');
    expect(currencyFromText('350 ₽')).toBe('RUB');
    expect(currencyFromText('1 500 ₸')).toBe('KZT');
  });
});

describe('white space', () => {
  it('folds spaces and drops zero-width characters', () => {
    expect(foldSpace(' Кру\u200bжка\u00a0\u2009 стальная\n')).toBe('Кружка стальная');
  });
});
