import type { ChecklistItem } from '../types';
import { STALLED_CHECKLIST } from './stalled-checklist';

/**
 * The open items of a deal's stalled-deal checklist (playbook §5: each
 * unanswered item is a risk). An item counts as done only when answered
 * `true`; `false` and unanswered items are both gaps.
 *
 * @param answers - item → answered yes (true) or no (false); missing = unanswered
 * @returns the gaps, in checklist order
 * @example
 * checklistGaps({ championIdentified: true, economicBuyerMet: false }).length // => 7
 */
export function checklistGaps(
  answers: Readonly<Partial<Record<ChecklistItem, boolean>>>,
): ChecklistItem[] {
  return STALLED_CHECKLIST.filter((item) => answers[item] !== true);
}
