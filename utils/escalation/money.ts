/** Money as the documents write it: rubles, and a penalty's arithmetic. */

export const round2 = (value: number) => Math.round(value * 100) / 100;

/** What a penalty's sum is made of (deadlines.ts's `Penalty`, named here without importing it back). */
interface PenaltySum {
  base: number;
  rate: number;
  days: number;
  amount: number;
  capped: boolean;
}

/** Rubles as a document writes them: "12 990,50 ₽" (a narrow no-break space between thousands). */
export function rubles(amount: number): string {
  const [whole, fraction] = amount.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${grouped}${fraction === '00' ? '' : `,${fraction}`}\u00a0₽`;
}

/** The penalty for one day of delay, rounded to kopecks: what a document gives when the total is not certain. */
export function penaltyPerDay(penalty: Pick<PenaltySum, 'base' | 'rate'>): number {
  return round2(penalty.base * penalty.rate);
}

/** The penalty's arithmetic, written out: "12 990 ₽ × 1 % × 12 дн. = 1 558,80 ₽". */
export function penaltyArithmetic(penalty: PenaltySum, language: 'ru' | 'en' = 'ru'): string {
  const rate = language === 'ru' ? `${String(penalty.rate * 100).replace('.', ',')} %` : `${penalty.rate * 100} %`;
  const days = language === 'ru' ? `${penalty.days} дн.` : `${penalty.days} days`;
  const raw = round2(penalty.base * penalty.rate * penalty.days);
  const cap = penalty.capped
    ? language === 'ru'
      ? `, но не более суммы предоплаты: ${rubles(penalty.amount)}`
      : `, capped at the prepayment: ${rubles(penalty.amount)}`
    : '';
  return `${rubles(penalty.base)} × ${rate} × ${days} = ${rubles(raw)}${cap}`;
}
