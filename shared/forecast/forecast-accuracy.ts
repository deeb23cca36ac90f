import { PlaybookError } from '../types';

/** Result of `forecastAccuracy`. */
export interface ForecastAccuracy {
  /** Actual closed-won amount / forecast amount; `null` when the forecast is 0. */
  readonly ratio: number | null;
  /** Whether the ratio is within the 0.9..1.1 target; `null` when there is no ratio. */
  readonly withinTarget: boolean | null;
}

/** Target band for forecast accuracy (playbook §3: within 10%). */
export const FORECAST_ACCURACY_TARGET = { min: 0.9, max: 1.1 } as const;

// Ratios such as 8.1 / 9 land a hair below 0.9 in floating point; a
// tolerance far below any money amount keeps the inclusive bounds exact.
const EPSILON = 1e-9;

/**
 * Forecast accuracy for a period (playbook §3): the actual closed-won amount
 * divided by the amount forecast (Commit, or Commit + Best Case, as the team
 * chooses). The target is within 10%: 0.9 to 1.1, both ends included.
 *
 * @param actualWon - closed-won amount in the period, ≥ 0
 * @param forecast - forecast amount for the period, ≥ 0
 * @returns the ratio and whether it meets the target; both `null` when the
 *   forecast is 0 (there is nothing to be accurate about)
 * @throws PlaybookError when an amount is negative or not a number
 * @example
 * forecastAccuracy(95_000, 100_000) // => { ratio: 0.95, withinTarget: true }
 */
export function forecastAccuracy(actualWon: number, forecast: number): ForecastAccuracy {
  for (const [name, value] of [
    ['actual won amount', actualWon],
    ['forecast amount', forecast],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new PlaybookError(`forecastAccuracy: ${name} must be a number ≥ 0 (got ${value})`);
    }
  }
  if (forecast === 0) return { ratio: null, withinTarget: null };
  const ratio = actualWon / forecast;
  const withinTarget =
    ratio >= FORECAST_ACCURACY_TARGET.min - EPSILON &&
    ratio <= FORECAST_ACCURACY_TARGET.max + EPSILON;
  return { ratio, withinTarget };
}
