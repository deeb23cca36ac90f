import { describe, expect, it } from 'vitest';
import type { ProcessSkill } from '../../../shared/self-improvement/process-skills';
import { selfScoreVsOutcome } from '../../../shared/self-improvement/self-score-vs-outcome';
import type { SkillOutcome } from '../../../shared/self-improvement/skill-outcomes';

const weak: SkillOutcome = { measure: 'conversion', value: 0.5, expected: 0.75, weak: true };
const fine: SkillOutcome = { measure: 'conversion', value: 0.8, expected: 0.75, weak: false };
const unknown: SkillOutcome = { measure: 'conversion', value: null, expected: 0.75, weak: null };
const outcomes: Record<ProcessSkill, SkillOutcome> = {
  prospecting: fine,
  discovery: weak,
  demo: weak,
  objectionHandling: unknown,
  closing: weak,
  relationship: fine,
};

describe('selfScoreVsOutcome', () => {
  it('averages the self-scores per skill and flags a high score next to a weak outcome', () => {
    // hand calculation: closing (5 + 4) / 2 = 4.5 ≥ 4 with a weak outcome → mismatch;
    // demo (4 + 3) / 2 = 3.5 < 4 → no flag although weak; discovery exactly 4 → flag;
    // prospecting 5 with a fine outcome → no flag; objection handling unknown outcome → no flag
    const rows = selfScoreVsOutcome(
      [
        { closing: 5, demo: 4, discovery: 4, prospecting: 5, objectionHandling: 5 },
        { closing: 4, demo: 3, relationship: null },
      ],
      outcomes,
    );
    expect(rows.map((r) => [r.skill, r.selfScore, r.scored, r.mismatch])).toEqual([
      ['prospecting', 5, 1, false],
      ['discovery', 4, 1, true],
      ['demo', 3.5, 2, false],
      ['objectionHandling', 5, 1, false],
      ['closing', 4.5, 2, true],
      ['relationship', null, 0, false],
    ]);
    expect(rows[4].outcome).toBe(weak);
  });

  it('rejects a score outside 1-5 or not whole, naming the deal and skill', () => {
    expect(() => selfScoreVsOutcome([{}, { demo: 6 }], outcomes)).toThrow(
      'selfScoreVsOutcome: demo of deal 2 must be a whole number from 1 to 5 (got 6)',
    );
    expect(() => selfScoreVsOutcome([{ closing: 2.5 }], outcomes)).toThrow(/closing of deal 1/);
    expect(() => selfScoreVsOutcome([{ closing: 0 }], outcomes)).toThrow(/closing of deal 1/);
  });
});
