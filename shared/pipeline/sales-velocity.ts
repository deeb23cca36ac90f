import { PlaybookError } from '../types';

/** Inputs of `salesVelocity`; any of them may be unknown (`null`). */
export interface SalesVelocityInput {
  /** Number of open deals. */
  readonly openDeals: number | null;
  /** Win rate as a fraction 0..1. */
  readonly winRate: number | null;
  readonly averageDealSize: number | null;
  /** Average (or median) sales cycle in days. */
  readonly cycleDays: number | null;
}

/**
 * Sales velocity (playbook §4): open deals × win rate × average deal size /
 * cycle days, i.e. money the pipeline is expected to turn into per day.
 *
 * @param input - the four figures
 * @returns money per day, or `null` when any input is unknown or the cycle is 0 days
 * @throws PlaybookError when an input is negative or not finite
 * @example
 * salesVelocity({ openDeals: 20, winRate: 0.25, averageDealSize: 12_000, cycleDays: 60 }) // => 1000
 */
export function salesVelocity(input: SalesVelocityInput): number | null {
  const { openDeals, winRate, averageDealSize, cycleDays } = input;
  if (openDeals === null || winRate === null || averageDealSize === null || cycleDays === null) {
    return null;
  }
  for (const [field, value] of Object.entries(input)) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new PlaybookError(
        `salesVelocity: ${field} must be a number of 0 or more (got ${value})`,
      );
    }
  }
  if (cycleDays === 0) return null;
  return (openDeals * winRate * averageDealSize) / cycleDays;
}
