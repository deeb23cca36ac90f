import type { AccountTier } from '../types';
import { TIER_PLAN } from './tier-plan';

/** Days in the periods the tier table counts touches over. */
const PERIOD_DAYS = { week: 7, month: 30 } as const;

/**
 * How recently an account of a tier must have been touched to count as
 * covered in the territory review (playbook §6): one touch per interval of
 * its cadence at the tier's minimum rate, rounded up to whole days. Tier 1
 * (2-3 a week) → 4 days; tier 2 (weekly) → 7; tier 3 (twice a month, a month
 * read as 30 days) → 15. New inbound accounts are answered rather than
 * worked on a cadence: any recorded touch covers them (`null`).
 *
 * @returns the window in days (a touch that many days ago still counts), or `null`
 * @example
 * coverageWindow(3) // => 15
 */
export function coverageWindow(tier: AccountTier): number | null {
  const touches = TIER_PLAN[tier].touches;
  return touches === null ? null : Math.ceil(PERIOD_DAYS[touches.per] / touches.min);
}
