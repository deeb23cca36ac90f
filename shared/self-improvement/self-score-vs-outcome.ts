import { PlaybookError } from '../types';
import { PROCESS_SKILLS, type ProcessSkill } from './process-skills';
import type { SkillOutcome } from './skill-outcomes';

/** A self-score at or above this is high (on the 1-5 scale of playbook §9). */
export const HIGH_SELF_SCORE = 4;

/** One skill: how the seller rates it next to what the numbers show. */
export interface SelfScoreRow {
  readonly skill: ProcessSkill;
  /** Mean of the self-scores given, 1..5; `null` when none was given. */
  readonly selfScore: number | null;
  /** Deals that carry a score for this skill. */
  readonly scored: number;
  readonly outcome: SkillOutcome;
  /** A high self-score (≥ 4) next to a weak outcome: the seller may be rating the skill too kindly. */
  readonly mismatch: boolean;
}

/**
 * The process self-scores (1-5 per skill, playbook §9) of the closed deals
 * of a period, averaged per skill and set next to the skill's outcome
 * (`skillOutcomes`). A mean of 4 or more next to a weak outcome is flagged as
 * a mismatch. O(n).
 *
 * @param scores - one record per closed deal: skill → score (absent or null: not scored)
 * @param outcomes - the outcome per skill
 * @returns one row per skill, in playbook order
 * @throws PlaybookError naming the deal (its index + 1) and skill when a score is not a whole number 1-5
 * @example
 * selfScoreVsOutcome([{ closing: 5 }], outcomes)[4] // => { skill: 'closing', selfScore: 5, scored: 1, ... }
 */
export function selfScoreVsOutcome(
  scores: readonly Readonly<Partial<Record<ProcessSkill, number | null>>>[],
  outcomes: Readonly<Record<ProcessSkill, SkillOutcome>>,
): SelfScoreRow[] {
  return PROCESS_SKILLS.map((skill) => {
    let sum = 0;
    let scored = 0;
    scores.forEach((record, i) => {
      const score = record[skill];
      if (score === undefined || score === null) return;
      if (!Number.isInteger(score) || score < 1 || score > 5) {
        throw new PlaybookError(
          `selfScoreVsOutcome: ${skill} of deal ${i + 1} must be a whole number from 1 to 5 (got ${score})`,
        );
      }
      sum += score;
      scored++;
    });
    const selfScore = scored === 0 ? null : sum / scored;
    const outcome = outcomes[skill];
    return {
      skill,
      selfScore,
      scored,
      outcome,
      mismatch: selfScore !== null && selfScore >= HIGH_SELF_SCORE && outcome.weak === true,
    };
  });
}
