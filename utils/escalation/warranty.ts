/** Art. 19's cases for a defect: within the warranty, after it, without one, or too late. */
import { addMonths } from '@/utils/calendar';
import { termSpan } from './terms';

export type WarrantyCase =
  /** Within the warranty: the seller answers for the defect unless it proves the buyer caused it (art. 18(6)). */
  | 'within-warranty'
  /** A warranty shorter than two years has ended: the buyer must prove the defect predates delivery (art. 19(5)). */
  | 'after-warranty'
  /** No warranty, within two years of delivery: the buyer must prove the defect predates delivery (arts. 18(6), 19(1)). */
  | 'no-warranty'
  /** Past the warranty and two years from delivery: the law's terms for these demands have run out (art. 19). */
  | 'too-late';

/**
 * Which of art. 19's cases a defect found on `found` falls in, from the delivery date and the warranty in
 * months (0: none was set). The warranty counts from delivery (art. 19(2)); two years from delivery bound
 * the case without one and the case after a shorter one.
 */
export function warrantyCase(
  delivered: string,
  warrantyMonths: number,
  found: string,
): { case: WarrantyCase; warrantyEnds?: string; twoYearsEnd: string } {
  const twoYears = termSpan('defect-two-years').months!;
  const twoYearsEnd = addMonths(delivered, twoYears);
  if (warrantyMonths > 0) {
    const warrantyEnds = addMonths(delivered, warrantyMonths);
    if (found <= warrantyEnds) return { case: 'within-warranty', warrantyEnds, twoYearsEnd };
    return { case: warrantyMonths < twoYears && found <= twoYearsEnd ? 'after-warranty' : 'too-late', warrantyEnds, twoYearsEnd };
  }
  return { case: found <= twoYearsEnd ? 'no-warranty' : 'too-late', twoYearsEnd };
}
