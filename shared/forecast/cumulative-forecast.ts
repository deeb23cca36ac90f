import { PlaybookError } from '../types';
import type { ForecastBucket } from './forecast-rollup';
import { OPEN_FORECAST_CATEGORIES } from './forecast-order';

/** The categories a cumulative forecast adds up, in order: Closed, then the open ones strongest first. */
export const CUMULATIVE_CATEGORIES = ['closed', ...OPEN_FORECAST_CATEGORIES] as const;

/** One row of `cumulativeForecast`. */
export interface CumulativeForecastRow {
  readonly category: (typeof CUMULATIVE_CATEGORIES)[number];
  /** Amount in the category alone. */
  readonly amount: number;
  /** Amount of this category and every one above it. */
  readonly cumulative: number;
  /** cumulative / quota; `null` without a quota or with a quota of 0. */
  readonly ofQuota: number | null;
}

/**
 * A forecast added up the way forecast screens show it: Closed, Closed +
 * Commit, + Best Case, + Pipeline, + Upside (playbook §3 categories,
 * strongest first), each against the quota. Omitted (lost) deals are not
 * part of it. Upside, weaker than Pipeline, is the last row so no open
 * amount is left out.
 *
 * @param rollup - amounts per category (`forecastRollup`)
 * @param quota - the period's quota, ≥ 0, or null for none
 * @returns five rows, Closed first
 * @throws PlaybookError when the quota is negative or not a finite number
 * @example
 * cumulativeForecast(forecastRollup(items), 200)[1] // Closed 50 + Commit 30
 * // => { category: 'commit', amount: 30, cumulative: 80, ofQuota: 0.4 }
 */
export function cumulativeForecast(
  rollup: Readonly<Record<(typeof CUMULATIVE_CATEGORIES)[number], ForecastBucket>>,
  quota: number | null = null,
): CumulativeForecastRow[] {
  if (quota !== null && (!Number.isFinite(quota) || quota < 0)) {
    throw new PlaybookError(`cumulativeForecast: quota must be a number ≥ 0 (got ${quota})`);
  }
  let cumulative = 0;
  return CUMULATIVE_CATEGORIES.map((category) => {
    const amount = rollup[category].amount;
    cumulative += amount;
    return {
      category,
      amount,
      cumulative,
      ofQuota: quota === null || quota === 0 ? null : cumulative / quota,
    };
  });
}
