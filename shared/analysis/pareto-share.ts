import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import type { Deal, StageTable } from '../types';
import { stageLookup } from '../stages/stage-lookup';

/** Options of `paretoShare`. */
export interface ParetoShareOptions {
  /** The team's stage table; the playbook's by default. */
  readonly stages?: StageTable;
}

/** Result of `paretoShare`. */
export interface ParetoShare {
  /** Share of accounts taken as the top: 0.2. */
  readonly topAccountShare: number;
  /** Accounts with won value above 0. */
  readonly accounts: number;
  /** How many accounts make the top 20% (rounded up). */
  readonly topAccounts: number;
  /** Won value of all accounts. */
  readonly wonValue: number;
  /** Won value of the top accounts. */
  readonly topValue: number;
  /** topValue / wonValue; `null` without won value. */
  readonly valueShare: number | null;
  /**
   * Whether the 80/20 pattern holds: `valueShare` ≥ 0.75 (about 80%, with
   * 5 points of tolerance); `null` with fewer than 5 accounts (too few to say).
   */
  readonly healthy: boolean | null;
  /** Won value of deals without an account (left out of the shares). */
  readonly unassignedValue: number;
}

/** Value share from which the 80/20 pattern counts as holding. */
const HEALTHY_SHARE = 0.75;
/** Fewer accounts than this cannot show a pattern. */
const MIN_ACCOUNTS = 5;

/**
 * The 80/20 check (playbook §9 question 7): the share of won value that
 * comes from the top 20% of accounts ranked by won value. Accounts are
 * matched by their trimmed name; the top count is 20% of accounts rounded
 * up (1 of 1-5 accounts, 2 of 6-10). Won deals without an account are left
 * out and reported as `unassignedValue`. O(n + a log a) for a accounts.
 *
 * @param deals - ingested deals
 * @param options - stage table
 * @returns the shares and whether the pattern holds
 * @example
 * // ten accounts, one with 80 won, nine with 20 / 9 each
 * paretoShare(deals).valueShare // => 0.8222...
 */
export function paretoShare(deals: readonly Deal[], options: ParetoShareOptions = {}): ParetoShare {
  const lookup = stageLookup(options.stages ?? DEFAULT_STAGE_TABLE);
  const byAccount = new Map<string, number>();
  let unassignedValue = 0;
  for (let d = 0; d < deals.length; d++) {
    const deal = deals[d];
    if (deal.amount === null || !(deal.amount > 0)) continue;
    if (lookup(deal.stage)?.kind !== 'won') continue;
    const account = deal.account?.trim() ?? '';
    if (account === '') {
      unassignedValue += deal.amount;
      continue;
    }
    byAccount.set(account, (byAccount.get(account) ?? 0) + deal.amount);
  }
  const values = Float64Array.from(byAccount.values()).sort().reverse();
  const accounts = values.length;
  const topAccounts = Math.ceil(accounts / 5);
  let wonValue = 0;
  let topValue = 0;
  for (let i = 0; i < accounts; i++) {
    wonValue += values[i];
    if (i < topAccounts) topValue += values[i];
  }
  const valueShare = wonValue > 0 ? topValue / wonValue : null;
  return {
    topAccountShare: 0.2,
    accounts,
    topAccounts,
    wonValue,
    topValue,
    valueShare,
    healthy: valueShare === null || accounts < MIN_ACCOUNTS ? null : valueShare >= HEALTHY_SHARE,
    unassignedValue,
  };
}
