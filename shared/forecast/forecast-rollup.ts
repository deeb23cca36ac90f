import type { ForecastCategory } from '../types';
import { FORECAST_CATEGORIES } from './forecast-order';

/** Deals and money in one forecast category. */
export interface ForecastBucket {
  /** Number of deals in the category, blank amounts included. */
  readonly count: number;
  /** Sum of the known amounts; a blank amount adds nothing. */
  readonly amount: number;
}

/**
 * Totals deals by forecast category (playbook §3), the figures of a forecast
 * call: how many deals and how much money sit in Commit, Best Case,
 * Pipeline, Upside, Closed and Omitted. Every category is present, with
 * zeros when empty. O(n).
 *
 * @param items - each deal's category and amount (null when blank)
 * @returns category → `{ count, amount }`
 * @example
 * forecastRollup([{ category: 'commit', amount: 10 }, { category: 'commit', amount: null }]).commit
 * // => { count: 2, amount: 10 }
 */
export function forecastRollup(
  items: readonly { readonly category: ForecastCategory; readonly amount: number | null }[],
): Record<ForecastCategory, ForecastBucket> {
  const counts = {} as Record<ForecastCategory, number>;
  const amounts = {} as Record<ForecastCategory, number>;
  for (const category of FORECAST_CATEGORIES) {
    counts[category] = 0;
    amounts[category] = 0;
  }
  for (const { category, amount } of items) {
    counts[category] += 1;
    if (amount !== null) amounts[category] += amount;
  }
  const result = {} as Record<ForecastCategory, ForecastBucket>;
  for (const category of FORECAST_CATEGORIES) {
    result[category] = { count: counts[category], amount: amounts[category] };
  }
  return result;
}
