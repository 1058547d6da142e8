/**
 * Russian cardinal numbers in words, for the law's terms as the documents write them: «в течение десяти
 * дней» (the genitive after «в течение», «в пределах», «не более»), «срок — три месяца» (the accusative).
 * Whole numbers from 1 to 99, the masculine forms the nouns here take (день, месяц, год).
 */

export type NumeralCase = 'genitive' | 'accusative';
export type TermUnit = 'days' | 'months' | 'years';

const ONES = {
  accusative: ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
  genitive: ['', 'одного', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти'],
};
const TEENS = {
  accusative: ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'],
  genitive: ['десяти', 'одиннадцати', 'двенадцати', 'тринадцати', 'четырнадцати', 'пятнадцати', 'шестнадцати', 'семнадцати', 'восемнадцати', 'девятнадцати'],
};
const TENS = {
  accusative: ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'],
  genitive: ['', '', 'двадцати', 'тридцати', 'сорока', 'пятидесяти', 'шестидесяти', 'семидесяти', 'восьмидесяти', 'девяноста'],
};

/** The number alone: 45 → «сорок пять» / «сорока пяти». */
export function numberWords(n: number, grammaticalCase: NumeralCase): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`No words for ${n}: only 1–99`);
  if (n < 10) return ONES[grammaticalCase][n];
  if (n < 20) return TEENS[grammaticalCase][n - 10];
  const tens = TENS[grammaticalCase][Math.floor(n / 10)];
  return n % 10 ? `${tens} ${ONES[grammaticalCase][n % 10]}` : tens;
}

/** The noun's forms: the nominative singular, the genitive singular, the genitive plural. */
const NOUNS: Record<TermUnit, [string, string, string]> = {
  days: ['день', 'дня', 'дней'],
  months: ['месяц', 'месяца', 'месяцев'],
  years: ['год', 'года', 'лет'],
};

/** Which of the noun's three forms follows the number in the case: «один день», «три дня», «пяти дней». */
function nounForm(n: number, grammaticalCase: NumeralCase): 0 | 1 | 2 {
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 14;
  if (grammaticalCase === 'genitive') return last === 1 && !teen ? 1 : 2;
  if (last === 1 && !teen) return 0;
  return last >= 2 && last <= 4 && !teen ? 1 : 2;
}

/**
 * A term in words: (10, 'days', 'genitive') → «десяти дней»; (3, 'months', 'accusative') → «три месяца»;
 * with `calendar`, «десяти календарных дней».
 */
export function termWords(n: number, unit: TermUnit, grammaticalCase: NumeralCase, calendar = false): string {
  const form = nounForm(n, grammaticalCase);
  const adjective = !calendar ? '' : form === 0 ? 'календарный ' : grammaticalCase === 'genitive' && form === 1 ? 'календарного ' : 'календарных ';
  return `${numberWords(n, grammaticalCase)} ${adjective}${NOUNS[unit][form]}`;
}

/** A term in digits, as a document writes it in brackets: «10 дней», «21 дня», «10 календарных дней». */
export function termDigits(n: number, unit: TermUnit, calendar = false): string {
  const form = nounForm(n, 'genitive');
  return `${n} ${calendar ? (form === 1 ? 'календарного ' : 'календарных ') : ''}${NOUNS[unit][form]}`;
}
