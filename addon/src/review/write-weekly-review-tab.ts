import type { WrittenTab } from './weekly-review-types';

/** Writes the weekly review to a new dated tab. */
export function writeWeeklyReviewTab(): WrittenTab {
  throw new Error('writeWeeklyReviewTab: not available');
}
