import { PlaybookError, type RiskReason } from '../types';
import type { DiscountDecision, DiscountOutcome } from './discount-decision';

/** The highest discount the playbook allows on any deal (§5): 20%. */
export const MAX_DISCOUNT = 0.2;

/** Result of `discountCheck`. */
export interface DiscountCheck {
  readonly ok: boolean;
  /** `'discountTooHigh'` when the discount is above the limit. */
  readonly reason?: RiskReason;
  /**
   * With answers that finish the discount decision tree: where it ended. A
   * discount the outcome does not allow (any discount without budget or with
   * the price held) is not ok, with no `reason` when it is within 20%.
   */
  readonly outcome?: DiscountOutcome;
}

/**
 * Checks a discount against the playbook limit (§5): never above 20% on any
 * deal. Exactly 20% is allowed. The discount is a fraction (0.15 for 15%);
 * callers that read a percentage such as `15` or `"15%"` convert it first.
 *
 * Given where the discount decision tree ended (`discountDecision`: budget?
 * → strategic account? → competitive pressure?), the discount must also fit
 * that branch: none without budget or when the price is held.
 *
 * @param discount - the discount as a fraction from 0 to 1
 * @param decision - optional result of `discountDecision`; used once it has an outcome
 * @returns `{ ok: true }`, or `{ ok: false, reason: 'discountTooHigh' }`, plus
 *   the tree's `outcome` when it has one
 * @throws PlaybookError when the discount is negative, above 1 or not a number
 * @example
 * discountCheck(0.25) // => { ok: false, reason: 'discountTooHigh' }
 * discountCheck(0.1, discountDecision({ budget: false })) // => { ok: false, outcome: 'noBudget' }
 */
export function discountCheck(discount: number, decision?: DiscountDecision): DiscountCheck {
  if (!Number.isFinite(discount) || discount < 0 || discount > 1) {
    throw new PlaybookError(
      `discountCheck: discount must be a fraction from 0 to 1, e.g. 0.15 for 15% (got ${discount})`,
    );
  }
  const tree = decision && 'outcome' in decision ? decision : null;
  const outcome = tree ? { outcome: tree.outcome } : {};
  if (discount > MAX_DISCOUNT) return { ok: false, reason: 'discountTooHigh', ...outcome };
  if (tree && discount > tree.maxDiscount) return { ok: false, ...outcome };
  return { ok: true, ...outcome };
}
