import { PlaybookError, type DayNumber } from '../types';

/**
 * Sales cycle of one deal (playbook §4): calendar days from created to
 * closed, the difference of the two day numbers (a deal created and closed
 * the same day has a cycle of 0).
 *
 * @param created - day the deal was created
 * @param closed - day the deal was closed
 * @returns whole days, 0 or more
 * @throws PlaybookError when the close day is before the created day or a day is not finite
 * @example
 * cycleDays(20454, 20484) // => 30 (2026-01-01 to 2026-01-31)
 */
export function cycleDays(created: DayNumber, closed: DayNumber): number {
  if (!Number.isFinite(created) || !Number.isFinite(closed)) {
    throw new PlaybookError(
      `cycleDays: created and close days must be numbers (got ${created}, ${closed})`,
    );
  }
  const days = closed - created;
  if (days < 0) {
    throw new PlaybookError(
      `cycleDays: close day ${closed} is before created day ${created} (${-days} days earlier)`,
    );
  }
  return days;
}
