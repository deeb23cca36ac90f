import { stageConversion } from '../analysis/stage-conversion';
import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import { findStage } from '../stages/find-stage';
import type { DayNumber, Deal, StageTable } from '../types';
import { PROCESS_SKILLS, type ProcessSkill } from './process-skills';

/** The outcome a process skill shows in, and the bar it is held to. */
export interface SkillOutcome {
  /**
   * `conversion`: the stage conversion out of `stage` among the deals closed
   * in the period; `tier1Coverage`: the territory review's tier-1 coverage.
   */
  readonly measure: 'conversion' | 'tier1Coverage';
  /** For a conversion: the stage (canonical name) the deals convert out of. */
  readonly stage?: string;
  /** The figure, 0..1; `null` when no deal (or account) gives one. */
  readonly value: number | null;
  /** The bar, 0..1: the conversion the stage probabilities imply, or the 80% coverage target. */
  readonly expected: number | null;
  /** Below the bar (coverage: not above it); `null` when either is unknown. */
  readonly weak: boolean | null;
}

/** Options of `skillOutcomes`. */
export interface SkillOutcomesOptions {
  readonly stages?: StageTable;
  /** First and last day of the period; deals closed in it count. */
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** Tier-1 coverage from the territory review (`null` or absent: no accounts). */
  readonly tier1Coverage?: number | null;
  /** Tier-1 coverage must exceed this (playbook §6: 80%). */
  readonly tier1Target?: number;
}

/** The playbook's stage each funnel skill is measured out of (§1; Demo is an alias of Evaluation). */
const SKILL_STAGE: Readonly<Partial<Record<ProcessSkill, string>>> = {
  prospecting: 'Prospecting',
  discovery: 'Discovery',
  demo: 'Evaluation',
  objectionHandling: 'Proposal',
  closing: 'Negotiation',
};

/**
 * The outcome each process skill (playbook §9) shows in: prospecting,
 * discovery, demo, objection handling and closing in the stage conversion
 * out of Prospecting, Discovery, Evaluation, Proposal and Negotiation (§4)
 * among the deals closed in the period, so open deals that have not moved
 * yet do not count against it; relationship in the tier-1 coverage of the
 * territory review (§6). A conversion is weak below the share the stage
 * probabilities imply (the stage's probability / the next stage's: 5% / 15%
 * ≈ 33% out of Prospecting, 50%, 60%, 67%, 75% out of Negotiation); tier-1
 * coverage is weak when not above 80%. A stage the team's table does not
 * have gives no figure. O(n).
 *
 * @returns one outcome per skill
 * @example
 * skillOutcomes(deals, { from: 20393, to: 20422 }).closing.expected // => 0.75
 */
export function skillOutcomes(
  deals: readonly Deal[],
  options: SkillOutcomesOptions,
): Record<ProcessSkill, SkillOutcome> {
  const table = options.stages ?? DEFAULT_STAGE_TABLE;
  const closed = deals.filter((d) => {
    const kind = findStage(table, d.stage)?.kind;
    return (
      (kind === 'won' || kind === 'lost') &&
      d.closeDate !== undefined &&
      d.closeDate >= options.from &&
      d.closeDate <= options.to
    );
  });
  const funnel = stageConversion(closed, { stages: table });
  const open = table.openStages;
  const won = table.stages.find((s) => s.kind === 'won');
  const out = {} as Record<ProcessSkill, SkillOutcome>;
  for (const skill of PROCESS_SKILLS) {
    const name = SKILL_STAGE[skill];
    if (name === undefined) {
      const value = options.tier1Coverage ?? null;
      out[skill] = {
        measure: 'tier1Coverage',
        value,
        expected: options.tier1Target ?? 0.8,
        weak: value === null ? null : value <= (options.tier1Target ?? 0.8),
      };
      continue;
    }
    const stage = findStage(table, name);
    const i = stage === undefined ? -1 : open.indexOf(stage);
    const next = i < 0 ? undefined : (open[i + 1] ?? won);
    const value =
      i < 0 ? null : (funnel.stages.find((s) => s.stage === stage!.name)?.conversion ?? null);
    const expected =
      stage && next && next.probability > 0
        ? Math.min(1, stage.probability / next.probability)
        : null;
    out[skill] = {
      measure: 'conversion',
      ...(stage ? { stage: stage.name } : {}),
      value,
      expected,
      weak: value === null || expected === null ? null : value < expected,
    };
  }
  return out;
}
