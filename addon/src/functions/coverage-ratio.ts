import { coverageRatio } from '../../../shared/index';
import { blankIfNull } from '../lib/blank-if-null';
import { byRow, type Spill } from '../lib/by-row';
import { isBlank } from '../../../shared/ingest/cell-text';
import { AMOUNT, readNumber } from '../lib/read-number';
import { QUOTA_0_UP } from '../lib/localize-error';

/**
 * Coverage = open pipeline / (quota - closed won) (playbook §4; healthy 3-4). Example: =COVERAGE_RATIO(B2, B3, B4)
 * @param {number} pipeline Open pipeline amount.
 * @param {number} quota Quota of the period.
 * @param {number} closed_won Optional. Amount won in period (default 0).
 * @return {number} Ratio, blank once quota is met.
 * @customfunction
 */
export function COVERAGE_RATIO(
  pipeline: unknown,
  quota: unknown,
  closed_won?: unknown,
): Spill<number | ''> {
  const fn = 'COVERAGE_RATIO';
  return byRow(fn, 'pipeline quota closed_won', [pipeline, quota, closed_won], ([p, q, w], row) => {
    if (isBlank(p) && isBlank(q)) return '';
    const open = readNumber(fn, 'pipeline', row, p, AMOUNT) || 0;
    const target = readNumber(fn, 'quota', row, q, [QUOTA_0_UP, 0]);
    if (target === null) return '';
    const won = readNumber(fn, 'closed_won', row, w, AMOUNT) || 0;
    return blankIfNull(coverageRatio(open, target, won).ratio);
  });
}
