import { loadSettings } from '../settings/load-settings';
import { repChoice } from '../settings/rep-choice';
import { readPipeline } from '../sheet/read-pipeline';
import { reviewHistory } from '../snapshots/review-history';
import { buildWeeklyReview } from './build-weekly-review';
import type { WeeklyReviewView } from './weekly-review-types';

/**
 * The weekly pipeline review of the pipeline tab (playbook §4), for the
 * review sidebar: total and weighted pipeline, new, advanced, won, lost
 * (with loss reasons) and slipped deals of the last seven days, the ten
 * largest open deals with red/yellow/green risk and reasons, coverage
 * against the quota in Settings, win rate, average deal size, cycle,
 * velocity and stage conversion, labelled in the user's language. Reads the
 * tab once (one getValues call). With an owner, only that owner's deals
 * count and coverage uses the owner's quota from Settings' owner mapping;
 * without one, the signed-in user's deals when Settings maps their email to
 * an owner, else the whole team (the view's `rep` says which and why).
 *
 * @param owner - an owner as the Owner column writes it; '' for the whole team
 * @returns the review, plain JSON
 * @throws Error in the user's language when there is no pipeline tab
 */
export function getWeeklyReview(owner?: string): WeeklyReviewView {
  const settings = loadSettings();
  const pipeline = readPipeline(settings);
  const rep = repChoice(settings, pipeline.ingest.deals, owner);
  return buildWeeklyReview(settings, pipeline, reviewHistory(settings, pipeline.asOf), rep);
}
