import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import { findStage } from '../stages/find-stage';
import type { FunnelStep } from './closed-funnel';
import { PROCESS_SKILLS, type ProcessSkill } from './process-skills';

/** The outcome a process skill shows in, and the bar it is held to. */
export interface SkillOutcome {
  /**
   * `conversion`: the stage conversion out of `stage` among the month's
   * closed deals; `tier1Coverage`: the territory review's tier-1 coverage.
   */
  readonly measure: 'conversion' | 'tier1Coverage';
  /** For a conversion: the stage (the team's canonical name) the deals convert out of. */
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
  /** Tier-1 coverage from the territory review (`null` or absent: no accounts). */
  readonly tier1Coverage?: number | null;
  /** Tier-1 coverage must exceed this (playbook §6: 80%). */
  readonly tier1Target?: number;
}

/** The playbook stage each funnel skill is measured out of (§1; Demo is an alias of Evaluation). */
const SKILL_STAGE: Readonly<Partial<Record<ProcessSkill, string>>> = {
  prospecting: 'Prospecting',
  discovery: 'Discovery',
  demo: 'Evaluation',
  objectionHandling: 'Proposal',
  closing: 'Negotiation',
};

/**
 * The outcome each process skill (playbook §9) shows in: prospecting,
 * discovery, demo, objection handling and closing in the conversion out of
 * Prospecting, Discovery, Evaluation, Proposal and Negotiation (§4) among
 * the period's closed deals (`closedFunnel`); relationship in the tier-1
 * coverage of the territory review (§6). A conversion is weak below the
 * share the stage probabilities imply (the stage's probability / the next
 * stage's: 5% / 15% ≈ 33% out of Prospecting, then 50%, 60%, 67%, and 75%
 * out of Negotiation); tier-1 coverage is weak when not above 80%. Stages
 * are matched by the playbook's names and aliases (a team stage called
 * "Demo" is Evaluation); a stage the funnel lacks gives no figure.
 *
 * @param funnel - the period's closed-deal funnel
 * @returns one outcome per skill
 * @example
 * skillOutcomes(closedFunnel(deals, { from, to })).closing.expected // => 0.75
 */
export function skillOutcomes(
  funnel: readonly FunnelStep[],
  options: SkillOutcomesOptions = {},
): Record<ProcessSkill, SkillOutcome> {
  const target = options.tier1Target ?? 0.8;
  const out = {} as Record<ProcessSkill, SkillOutcome>;
  for (const skill of PROCESS_SKILLS) {
    const name = SKILL_STAGE[skill];
    if (name === undefined) {
      const value = options.tier1Coverage ?? null;
      out[skill] = {
        measure: 'tier1Coverage',
        value,
        expected: target,
        weak: value === null ? null : value <= target,
      };
      continue;
    }
    const step = funnel.find((s) => findStage(DEFAULT_STAGE_TABLE, s.stage)?.name === name);
    const value = step?.conversion ?? null;
    const expected =
      step && step.next !== null && step.next > 0
        ? Math.min(1, step.probability / step.next)
        : null;
    out[skill] = {
      measure: 'conversion',
      ...(step ? { stage: step.stage } : {}),
      value,
      expected,
      weak: value === null || expected === null ? null : value < expected,
    };
  }
  return out;
}
