import type { AccountTier, IcpFit } from '../types';

/** Input of `accountTier`. */
export interface AccountTierInput {
  readonly icpFit: IcpFit;
  /** Whether the account shows a visible pain signal (see `icpFit`). */
  readonly visiblePain: boolean;
  /** Whether the account came to us (an inbound lead). */
  readonly inbound?: boolean;
}

/**
 * The account's tier by the playbook's tier table (§6): tier 1 = full ICP
 * fit and visible pain; tier 2 = full fit, no visible pain; tier 3 =
 * partial fit, worth watching; `'new'` = an inbound account that qualifies
 * (full or partial fit), answered within an hour whatever its pain. An
 * account with no fit gets no tier.
 *
 * @returns 1, 2, 3, `'new'`, or `null` when the account does not fit
 * @example
 * accountTier({ icpFit: 'full', visiblePain: true }) // => 1
 */
export function accountTier(input: AccountTierInput): AccountTier | null {
  if (input.icpFit === 'none') return null;
  if (input.inbound) return 'new';
  if (input.icpFit === 'partial') return 3;
  return input.visiblePain ? 1 : 2;
}
