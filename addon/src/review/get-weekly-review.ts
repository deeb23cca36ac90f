import type { WeeklyReviewView } from './weekly-review-types';

/**
 * The weekly pipeline review of the pipeline tab (playbook §4).
 */
export function getWeeklyReview(): WeeklyReviewView {
  throw new Error('getWeeklyReview: not available');
}
