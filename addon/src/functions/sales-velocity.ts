import { salesVelocity } from '../../../shared/index';
import { blankIfNull } from '../lib/blank-if-null';
import { byRow, type Spill } from '../lib/by-row';
import { AMOUNT, COUNT, readNumber } from '../lib/read-number';
import { DAYS_0_UP, FRACTION } from '../lib/localize-error';

/**
 * Sales velocity, money per day (playbook §4). Example: =SALES_VELOCITY(40, 25%, 18000, 60)
 * @param {number} open_deals Open deals.
 * @param {number} win_rate Win rate 0-1 (or 0%-100%).
 * @param {number} average_deal_size Average won deal amount.
 * @param {number} cycle_days Average sales cycle in days.
 * @return {number} Money per day.
 * @customfunction
 */
export function SALES_VELOCITY(
  open_deals: unknown,
  win_rate: unknown,
  average_deal_size: unknown,
  cycle_days: unknown,
): Spill<number | ''> {
  const fn = 'SALES_VELOCITY';
  return byRow(
    fn,
    'open_deals win_rate average_deal_size cycle_days',
    [open_deals, win_rate, average_deal_size, cycle_days],
    ([deals, rate, size, days], row) =>
      blankIfNull(
        salesVelocity({
          openDeals: readNumber(fn, 'open_deals', row, deals, COUNT),
          winRate: readNumber(fn, 'win_rate', row, rate, [FRACTION, 0, 1]),
          averageDealSize: readNumber(fn, 'average_deal_size', row, size, AMOUNT),
          cycleDays: readNumber(fn, 'cycle_days', row, days, [DAYS_0_UP, 0]),
        }),
      ),
  );
}
