import { PlaybookError } from '../types';

/**
 * The share of a seller's time spent on self-generated pipeline (playbook §8,
 * target about 35%): time on pipeline they found themselves / all selling
 * time, in the same unit (hours, or days of the week).
 *
 * @returns the share 0..1, or `null` when no time is recorded (total 0)
 * @throws PlaybookError when a figure is negative or the part exceeds the total
 * @example
 * selfGeneratedShare(14, 40) // => 0.35
 */
export function selfGeneratedShare(selfGenerated: number, total: number): number | null {
  if (!(selfGenerated >= 0 && total >= 0 && selfGenerated <= total)) {
    throw new PlaybookError(
      `selfGeneratedShare: need 0 ≤ self-generated ≤ total (got ${selfGenerated} of ${total})`,
    );
  }
  return total === 0 ? null : selfGenerated / total;
}
