import { PlaybookError } from '../types';

/**
 * The fewest buyer contacts a deal of this size should have engaged
 * (playbook §5): under 25,000 → 2 (champion, economic buyer); 25,000 to
 * 100,000 → 3 (the low end of 3-4: add technical evaluator, end user); over
 * 100,000 → 5 (add procurement, legal, executive sponsor). 25,000 and
 * 100,000 themselves fall in the middle band.
 *
 * @param amount - deal amount, ≥ 0
 * @returns 2, 3 or 5
 * @throws PlaybookError when the amount is negative or not a number
 * @example
 * minimumContacts(60_000) // => 3
 */
export function minimumContacts(amount: number): number {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new PlaybookError(`minimumContacts: amount must be a number ≥ 0 (got ${amount})`);
  }
  if (amount < 25_000) return 2;
  if (amount <= 100_000) return 3;
  return 5;
}
