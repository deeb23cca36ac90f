import { PlaybookError } from '../types';
import { minimumContacts } from './minimum-contacts';

/**
 * How many more buyer contacts a deal needs to reach the minimum for its
 * size (playbook §5, see `minimumContacts`); 0 when it has enough.
 *
 * @param amount - deal amount, ≥ 0
 * @param contacts - contacts engaged so far, a whole number ≥ 0
 * @returns the number of missing contacts, ≥ 0
 * @throws PlaybookError when the amount or the contact count is invalid
 * @example
 * multiThreadingGap(150_000, 3) // => 2
 */
export function multiThreadingGap(amount: number, contacts: number): number {
  if (!Number.isInteger(contacts) || contacts < 0) {
    throw new PlaybookError(
      `multiThreadingGap: contacts must be a whole number ≥ 0 (got ${contacts})`,
    );
  }
  return Math.max(0, minimumContacts(amount) - contacts);
}
