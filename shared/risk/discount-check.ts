import { PlaybookError, type RiskReason } from '../types';

/** The highest discount the playbook allows on any deal (§5): 20%. */
export const MAX_DISCOUNT = 0.2;

/** Result of `discountCheck`. */
export interface DiscountCheck {
  readonly ok: boolean;
  /** `'discountTooHigh'` when the discount is above the limit. */
  readonly reason?: RiskReason;
}

/**
 * Checks a discount against the playbook limit (§5): never above 20% on any
 * deal. Exactly 20% is allowed. The discount is a fraction (0.15 for 15%);
 * callers that read a percentage such as `15` or `"15%"` convert it first.
 *
 * @param discount - the discount as a fraction from 0 to 1
 * @returns `{ ok: true }`, or `{ ok: false, reason: 'discountTooHigh' }`
 * @throws PlaybookError when the discount is negative, above 1 or not a number
 * @example
 * discountCheck(0.25) // => { ok: false, reason: 'discountTooHigh' }
 */
export function discountCheck(discount: number): DiscountCheck {
  if (!Number.isFinite(discount) || discount < 0 || discount > 1) {
    throw new PlaybookError(
      `discountCheck: discount must be a fraction from 0 to 1, e.g. 0.15 for 15% (got ${discount})`,
    );
  }
  return discount > MAX_DISCOUNT ? { ok: false, reason: 'discountTooHigh' } : { ok: true };
}
