import { PlaybookError } from '../types';

/** Coverage health (playbook §4): under 3x, healthy 3x-4x, over 4x, or quota already met. */
export type CoverageHealth = 'under' | 'healthy' | 'over' | 'quotaMet';

/** Result of `coverageRatio`. */
export interface CoverageResult {
  /** Open pipeline / remaining quota; `null` when nothing remains to cover. */
  readonly ratio: number | null;
  /** Quota minus closed won, never below 0. */
  readonly remainingQuota: number;
  readonly health: CoverageHealth;
}

function check(value: number, field: string): void {
  if (!(Number.isFinite(value) && value >= 0)) {
    throw new PlaybookError(`coverageRatio: ${field} must be a number of 0 or more (got ${value})`);
  }
}

/**
 * Pipeline coverage (playbook §4): open pipeline / remaining quota, where
 * remaining quota = quota - closed won in the period. Healthy is 3x to 4x
 * inclusive; under 3x is under-covered; above 4x is `over`. When closed won
 * already meets the quota there is nothing left to cover: the ratio is
 * `null` and the health `quotaMet`.
 *
 * @param pipeline - open pipeline amount for the period
 * @param quota - the period's quota
 * @param closedWon - amount already won in the period (default 0)
 * @returns ratio, remaining quota (≥ 0) and health
 * @throws PlaybookError when an input is negative or not a finite number
 * @example
 * coverageRatio(300_000, 150_000, 50_000) // => { ratio: 3, remainingQuota: 100000, health: 'healthy' }
 */
export function coverageRatio(pipeline: number, quota: number, closedWon = 0): CoverageResult {
  check(pipeline, 'pipeline');
  check(quota, 'quota');
  check(closedWon, 'closed won');
  const remaining = quota - closedWon;
  if (remaining <= 0) return { ratio: null, remainingQuota: 0, health: 'quotaMet' };
  const ratio = pipeline / remaining;
  const health = ratio < 3 ? 'under' : ratio > 4 ? 'over' : 'healthy';
  return { ratio, remainingQuota: remaining, health };
}
