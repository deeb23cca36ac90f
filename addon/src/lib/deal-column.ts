import type { Deal, Language } from '../../../shared/types';
import { localizeRowError } from './localize-error';
import type { DealRange } from './read-deals';

/**
 * One output cell per row of a pipeline range: `header` for the header row,
 * `compute(deal)` for each deal row, blank for blank rows, and "#ERROR: "
 * with the reason for a row with a bad cell (that row only), so the result
 * lines up with the range when the formula sits in the header row. In
 * Chinese the bad row says "#错误：" and why in Chinese (`localizeRowError`).
 */
export function dealColumn<T>(
  range: DealRange,
  lang: Language,
  header: string,
  compute: (deal: Deal) => T,
): (T | string)[][] {
  const out: (T | string)[][] = Array.from({ length: range.height }, () => ['']);
  out[0] = [header];
  for (const deal of range.deals) {
    // A row with an error (such as a stage the table lacks) is not computed: it shows its error.
    if (!range.rowErrors.has(deal.row)) out[deal.row - 1] = [compute(deal)];
  }
  for (const [row, message] of range.rowErrors)
    out[row - 1] = [
      lang === 'zh' ? `#错误：${localizeRowError(message, lang)}` : `#ERROR: ${message}`,
    ];
  return out;
}
