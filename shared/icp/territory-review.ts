import { type AccountTier, type DayNumber, type IcpFit, PlaybookError } from '../types';
import { accountTier } from './account-tier';
import { coverageWindow } from './coverage-window';
import { type TierCoverageFigures, type TierCoverageOptions, tierCoverage } from './tier-coverage';

/** One row of the accounts tab as the territory review reads it. */
export interface TerritoryAccount {
  readonly account: string;
  /** 1-based row in the accounts tab, for the lists. */
  readonly row: number;
  readonly tier: AccountTier | null;
  /** Day of the last touch; absent when the account was never touched. */
  readonly lastTouch?: DayNumber;
  /** With `visiblePain`: the facts the tier is checked against (re-tiering). */
  readonly icpFit?: IcpFit;
  readonly visiblePain?: boolean;
}

/** An account named by a list of the review. */
export interface TerritoryListed {
  readonly account: string;
  readonly row: number;
  readonly tier: AccountTier | null;
  /** Days since the last touch; `null` when never touched. */
  readonly idleDays: number | null;
  /** For re-tiering: the tier its ICP fit and pain give (`null`: it no longer fits). */
  readonly suggested?: AccountTier | null;
}

/** Result of `territoryReview`. */
export interface TerritoryReview {
  /** Per tier: accounts, touched within the tier's window, coverage and the window in days. */
  readonly tiers: Record<AccountTier, TierCoverageFigures & { readonly windowDays: number | null }>;
  readonly all: TierCoverageFigures;
  /** Tier-1 coverage strictly above the target (80%); `null` with no tier-1 account. */
  readonly tier1Healthy: boolean | null;
  /** Tier-3 accounts with no touch for 90 days or more, or none recorded. */
  readonly drop: TerritoryListed[];
  /** Tier-1 and tier-2 accounts whose ICP fit and visible pain now give another tier. */
  readonly reTier: TerritoryListed[];
}

/**
 * The monthly territory review (playbook §6) of an accounts list: coverage =
 * accounts touched / accounts, where touched means touched within the
 * tier's cadence window (`coverageWindow`: 4, 7 and 15 days for tiers 1-3);
 * tier-1 coverage must exceed 80%; tier-3 accounts idle 90 days or more are
 * to be dropped; tier-1 and tier-2 accounts are re-tiered from their ICP fit
 * and visible pain (`accountTier`). O(n).
 *
 * @param accounts - the accounts tab's rows
 * @param asOf - the review day
 * @param options - tier-1 target and drop threshold (80%, 90 days by default)
 * @throws PlaybookError naming the row when a last touch is after `asOf`
 * @example
 * territoryReview([{ account: 'Acme', row: 2, tier: 1, lastTouch: 20450 }], 20454).tiers[1].coverage
 * // => 1
 */
export function territoryReview(
  accounts: readonly TerritoryAccount[],
  asOf: DayNumber,
  options: TierCoverageOptions = {},
): TerritoryReview {
  const listed = (a: TerritoryAccount, suggested?: AccountTier | null): TerritoryListed => ({
    account: a.account,
    row: a.row,
    tier: a.tier,
    idleDays: a.lastTouch === undefined ? null : asOf - a.lastTouch,
    ...(suggested === undefined ? {} : { suggested }),
  });
  const marked = accounts.map((a) => {
    if (a.lastTouch !== undefined && a.lastTouch > asOf) {
      throw new PlaybookError(
        `territoryReview: last touch in row ${a.row} (${a.account}) is after the review day`,
      );
    }
    const window = a.tier === null ? null : coverageWindow(a.tier);
    const idle = a.lastTouch === undefined ? null : asOf - a.lastTouch;
    return {
      ...a,
      touched: idle !== null && (window === null || idle <= window),
      lastInteraction: a.lastTouch,
    };
  });
  const coverage = tierCoverage(marked, asOf, options);
  const reTier: TerritoryListed[] = [];
  for (const a of accounts) {
    if ((a.tier !== 1 && a.tier !== 2) || a.icpFit === undefined || a.visiblePain === undefined) {
      continue;
    }
    const suggested = accountTier({ icpFit: a.icpFit, visiblePain: a.visiblePain });
    if (suggested !== a.tier) reTier.push(listed(a, suggested));
  }
  const tiers = {} as TerritoryReview['tiers'];
  for (const tier of [1, 2, 3, 'new'] as const) {
    tiers[tier] = { ...coverage.tiers[tier], windowDays: coverageWindow(tier) };
  }
  return {
    tiers,
    all: coverage.all,
    tier1Healthy: coverage.tier1Healthy,
    drop: coverage.drop.map((a) => listed(a)),
    reTier,
  };
}
