import { PlaybookError, type StageDefinition, type StageTable } from '../types';
import { DEFAULT_STAGES } from './default-stages';
import { normalizeStageKey } from './normalize-stage-key';

/**
 * Builds a stage table for lookups from stage definitions (playbook §1: the
 * stage table is configuration). Every name, Chinese name and alias is
 * indexed by `normalizeStageKey`. Stages are sorted by `order`.
 *
 * @param defs - the team's stages; the playbook's seven stages by default
 * @returns the table with its lookup index and open stages in funnel order
 * @throws PlaybookError when the table is empty, a probability is outside
 *   0..1, or two stages claim the same name or alias
 * @example
 * createStageTable().openStages.length // => 5
 */
export function createStageTable(defs: readonly StageDefinition[] = DEFAULT_STAGES): StageTable {
  if (defs.length === 0) {
    throw new PlaybookError('Stage table: at least one stage is needed');
  }
  const stages = [...defs].sort((a, b) => a.order - b.order);
  const index = new Map<string, StageDefinition>();
  for (const stage of stages) {
    if (!(stage.probability >= 0 && stage.probability <= 1)) {
      throw new PlaybookError(
        `Stage table: probability of "${stage.name}" must be between 0 and 1 (got ${stage.probability})`,
      );
    }
    const names = [stage.name, ...(stage.nameZh ? [stage.nameZh] : []), ...stage.aliases];
    for (const name of names) {
      const key = normalizeStageKey(name);
      if (key === '') continue;
      const existing = index.get(key);
      if (existing && existing !== stage) {
        throw new PlaybookError(
          `Stage table: "${name}" names both "${existing.name}" and "${stage.name}"`,
        );
      }
      index.set(key, stage);
    }
  }
  return {
    stages,
    openStages: stages.filter((stage) => stage.kind === 'open'),
    index,
  };
}

/** The playbook's default stage table (§1), built once. */
export const DEFAULT_STAGE_TABLE: StageTable = createStageTable(DEFAULT_STAGES);
