import type { AccountTier } from '../types';

/** How a tier is worked (playbook §6 tier table). */
export interface TierPlan {
  /** How many accounts the tier should hold; `null` when it varies (new inbound). */
  readonly accounts: { readonly min: number; readonly max: number } | null;
  /** Share of the seller's time, 0..1. */
  readonly timeShare: number;
  /** Touches per week or per month; `null` for inbound, which is answered instead. */
  readonly touches: {
    readonly min: number;
    readonly max: number;
    readonly per: 'week' | 'month';
  } | null;
  /** For new inbound: answer within this many hours. */
  readonly responseHours?: number;
}

/**
 * Where time goes by account tier (playbook §6): tier 1 20-30 accounts, 50%
 * of the time, 2-3 touches a week; tier 2 50-80 accounts, 30%, weekly; tier 3
 * 100-200 accounts, 15%, twice a month; new inbound varies, 5%, answered
 * within 1 hour. Describe a tier's touches with `profileLabel('touches.<tier>', language)`.
 */
export const TIER_PLAN: Readonly<Record<AccountTier, TierPlan>> = {
  1: { accounts: { min: 20, max: 30 }, timeShare: 0.5, touches: { min: 2, max: 3, per: 'week' } },
  2: { accounts: { min: 50, max: 80 }, timeShare: 0.3, touches: { min: 1, max: 1, per: 'week' } },
  3: {
    accounts: { min: 100, max: 200 },
    timeShare: 0.15,
    touches: { min: 2, max: 2, per: 'month' },
  },
  new: { accounts: null, timeShare: 0.05, touches: null, responseHours: 1 },
};
