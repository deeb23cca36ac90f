import { type AccountTier, type DayNumber, PlaybookError } from '../types';

/** One account as the territory review sees it. */
export interface TierAccount {
  /** The account's tier; `null` accounts are not counted. */
  readonly tier: AccountTier | null;
  /** Whether the account was touched in the review period. */
  readonly touched: boolean;
  /** Day of the last interaction with the account, when known. */
  readonly lastInteraction?: DayNumber;
}

/** Coverage of one tier. */
export interface TierCoverageFigures {
  readonly accounts: number;
  readonly touched: number;
  /** touched / accounts; `null` when the tier has no accounts. */
  readonly coverage: number | null;
}

/** Result of `tierCoverage`. */
export interface TierCoverage<T> {
  readonly tiers: Record<AccountTier, TierCoverageFigures>;
  /** Every tiered account together. */
  readonly all: TierCoverageFigures;
  /** Tier-1 coverage strictly above 80%; `null` when there are no tier-1 accounts. */
  readonly tier1Healthy: boolean | null;
  /** Tier-3 accounts with no interaction for 90 days or more (or none recorded), in input order. */
  readonly drop: T[];
}

/** Options of `tierCoverage`. */
export interface TierCoverageOptions {
  /** Tier-1 coverage must exceed this (playbook §6: 80%). */
  readonly tier1Target?: number;
  /** Tier-3 accounts idle this many days are dropped (playbook §6: 90). */
  readonly dropAfterDays?: number;
}

const TIERS: readonly AccountTier[] = [1, 2, 3, 'new'];

/**
 * The monthly territory review (playbook §6): coverage = accounts touched /
 * accounts, per tier and overall; tier-1 coverage must exceed 80% (exactly
 * 80% is not enough); tier-3 accounts with no interaction for 90 days are
 * dropped. An account with no recorded interaction counts as idle. O(n).
 *
 * @param accounts - the accounts with tier, touched flag and last interaction
 * @param asOf - the review day
 * @param options - tier-1 target and drop threshold
 * @returns per-tier and overall coverage, tier-1 health and the accounts to drop
 * @throws PlaybookError when `asOf` is not a whole day number
 * @example
 * tierCoverage([{ tier: 1, touched: true }, { tier: 1, touched: false }], 20454).tiers[1].coverage
 * // => 0.5
 */
export function tierCoverage<T extends TierAccount>(
  accounts: readonly T[],
  asOf: DayNumber,
  options: TierCoverageOptions = {},
): TierCoverage<T> {
  if (!Number.isInteger(asOf)) {
    throw new PlaybookError(`tierCoverage: asOf must be a whole day number (got ${asOf})`);
  }
  const { tier1Target = 0.8, dropAfterDays = 90 } = options;
  const total = new Map<AccountTier, number>(TIERS.map((tier) => [tier, 0]));
  const touched = new Map<AccountTier, number>(TIERS.map((tier) => [tier, 0]));
  const drop: T[] = [];
  for (const account of accounts) {
    const { tier } = account;
    if (tier === null || !total.has(tier)) continue;
    total.set(tier, total.get(tier)! + 1);
    if (account.touched) touched.set(tier, touched.get(tier)! + 1);
    if (
      tier === 3 &&
      (account.lastInteraction === undefined || asOf - account.lastInteraction >= dropAfterDays)
    ) {
      drop.push(account);
    }
  }
  const figures = (count: number, hit: number): TierCoverageFigures => ({
    accounts: count,
    touched: hit,
    coverage: count === 0 ? null : hit / count,
  });
  const tiers = {} as Record<AccountTier, TierCoverageFigures>;
  let allCount = 0;
  let allTouched = 0;
  for (const tier of TIERS) {
    tiers[tier] = figures(total.get(tier)!, touched.get(tier)!);
    allCount += total.get(tier)!;
    allTouched += touched.get(tier)!;
  }
  const tier1 = tiers[1].coverage;
  return {
    tiers,
    all: figures(allCount, allTouched),
    tier1Healthy: tier1 === null ? null : tier1 > tier1Target,
    drop,
  };
}
