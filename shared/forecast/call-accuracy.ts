import { forecastAccuracy } from './forecast-accuracy';
import { PlaybookError } from '../types';

/** Result of `callAccuracy`. */
export interface CallAccuracy {
  /**
   * The playbook's measure (§3): actual / call, `null` when the call is 0.
   * The target is within 10%: 0.9..1.1.
   */
  readonly ratio: number | null;
  /** Whether `ratio` is within 0.9..1.1; `null` without a ratio. */
  readonly withinTarget: boolean | null;
  /**
   * The same 10% band measured on the miss against what was won:
   * |actual − call| ≤ 10% of actual. With nothing won, true only for a call of 0.
   */
  readonly withinTenPercentOfActual: boolean;
  /**
   * HubSpot's forecast accuracy: max(0, 1 − |actual − call| / actual).
   * With nothing won: 1 for a call of 0, else 0 (any miss against nothing is total).
   */
  readonly hubspot: number;
}

// Amounts such as 90.1 − 100 land a hair off in floating point; a tolerance far
// below any money amount keeps the inclusive 10% bound exact.
const EPSILON = 1e-9;

/**
 * How close a rep's committed call came to what they won in the period, by
 * three measures: the playbook's actual / call ratio within 0.9..1.1 (§3), the
 * 10% band taken on the actual amount instead, and HubSpot's
 * max(0, 1 − |actual − call| / actual).
 *
 * @param actualWon - amount the rep won in the period, ≥ 0
 * @param call - the amount the rep committed for the period, ≥ 0
 * @throws PlaybookError when an amount is negative or not a finite number
 * @example
 * callAccuracy(90, 100) // => { ratio: 0.9, withinTarget: true, withinTenPercentOfActual: false, hubspot: 0.888… }
 */
export function callAccuracy(actualWon: number, call: number): CallAccuracy {
  for (const [name, value] of [
    ['actual won amount', actualWon],
    ['call', call],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new PlaybookError(`callAccuracy: ${name} must be a number ≥ 0 (got ${value})`);
    }
  }
  const { ratio, withinTarget } = forecastAccuracy(actualWon, call);
  const miss = Math.abs(actualWon - call);
  if (actualWon === 0) {
    return {
      ratio,
      withinTarget,
      withinTenPercentOfActual: call === 0,
      hubspot: call === 0 ? 1 : 0,
    };
  }
  return {
    ratio,
    withinTarget,
    withinTenPercentOfActual: miss <= 0.1 * actualWon + EPSILON * actualWon,
    hubspot: Math.max(0, 1 - miss / actualWon),
  };
}
