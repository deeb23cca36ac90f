import type { MeddpiccScore, StageDefinition } from '../types';

/** Stage probability from which a deal must have power (Proposal, 50%, and later). */
export const POWER_STAGE_PROBABILITY = 0.5;

/**
 * Whether an open deal lacks power: its economic buyer (MEDDPICC element 2)
 * is scored below 3, not confirmed, while the deal is in a stage of 50%
 * probability or more (Proposal or later, playbook §1 and §2). A blank score
 * counts as 1 (§2).
 *
 * @param stage - the deal's stage
 * @param scores - the eight MEDDPICC scores in playbook order
 * @returns true when the deal has no power
 * @example
 * noPower(DEFAULT_STAGES[3], [3, 2, 3, 3, 3, 3, 3, 3]) // => true (Proposal, economic buyer 2)
 * noPower(DEFAULT_STAGES[2], [3, 2, 3, 3, 3, 3, 3, 3]) // => false (Evaluation)
 */
export function noPower(stage: StageDefinition, scores: readonly MeddpiccScore[]): boolean {
  return (
    stage.kind === 'open' && stage.probability >= POWER_STAGE_PROBABILITY && (scores[1] ?? 1) < 3
  );
}
