import type { Deal } from '../../../shared/types';
import type { DealRange } from './read-deals';

/**
 * One output cell per row of a pipeline range: `header` for the header row,
 * `compute(deal)` for each deal row, blank for blank rows, and "#ERROR: "
 * with the reason for a row with a bad cell (that row only), so the result
 * lines up with the range when the formula sits in the header row.
 */
export function dealColumn<T>(
  range: DealRange,
  header: string,
  compute: (deal: Deal) => T,
): (T | string)[][] {
  const out: (T | string)[][] = Array.from({ length: range.height }, () => ['']);
  out[0] = [header];
  for (const deal of range.deals) out[deal.row - 1] = [compute(deal)];
  for (const [row, message] of range.rowErrors) out[row - 1] = [`#ERROR: ${message}`];
  return out;
}
