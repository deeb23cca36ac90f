import { PlaybookError, type StageDefinition, type StageTable } from '../types';
import { DEFAULT_STAGES } from './default-stages';
import { normalizeStageKey } from './normalize-stage-key';

const namesOf = (stage: StageDefinition): string[] => [
  stage.name,
  ...(stage.nameZh ? [stage.nameZh] : []),
  ...stage.aliases,
];

const DEFAULT_KEYS: readonly (readonly string[])[] = DEFAULT_STAGES.map((stage) =>
  namesOf(stage).map(normalizeStageKey),
);

/** The default stage of the same kind that the stage's name, else one of its other names, names. */
function defaultStageOf(stage: StageDefinition): StageDefinition | undefined {
  for (const name of namesOf(stage)) {
    const key = normalizeStageKey(name);
    const i = DEFAULT_KEYS.findIndex((keys) => keys.includes(key));
    if (i >= 0) return DEFAULT_STAGES[i].kind === stage.kind ? DEFAULT_STAGES[i] : undefined;
  }
  return undefined;
}

/**
 * A team stage that carries a playbook stage's name or alias keeps the
 * playbook's forecast category, Chinese name and aliases where the team gave
 * none; a name another team stage already uses stays with that stage.
 */
function withDefaults(defs: readonly StageDefinition[]): StageDefinition[] {
  const taken = new Set(defs.flatMap(namesOf).map(normalizeStageKey));
  return defs.map((stage) => {
    const known = defaultStageOf(stage);
    if (!known || known === stage) return stage;
    const free = (name: string): boolean => {
      const key = normalizeStageKey(name);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    };
    const nameZh = stage.nameZh ?? (known.nameZh && free(known.nameZh) ? known.nameZh : undefined);
    const aliases = [...stage.aliases, ...[known.name, ...known.aliases].filter(free)];
    const forecast = stage.forecast ?? known.forecast;
    return {
      ...stage,
      ...(nameZh ? { nameZh } : {}),
      aliases,
      ...(forecast ? { forecast } : {}),
    };
  });
}

/**
 * Builds a stage table for lookups from stage definitions (playbook §1: the
 * stage table is configuration). Every name, Chinese name and alias is
 * indexed by `normalizeStageKey`. Stages are sorted by `order`.
 *
 * A team stage whose name (else Chinese name or an alias) is one of a
 * playbook stage's names, and which has that stage's kind, keeps the
 * playbook's base forecast category (§3) and Chinese name unless it gives its
 * own (its exit criterion follows from its name, see `stageExitCriterion`), and gains the playbook's name and aliases (§1: `Won`, `Contract`...)
 * next to its own, except those another team stage already uses. So a
 * "Negotiation" stage at 70% is still Commit and `Won` still finds "Closed Won".
 *
 * @param defs - the team's stages; the playbook's seven stages by default
 * @returns the table with its lookup index and open stages in funnel order
 * @throws PlaybookError when the table is empty, a probability is outside
 *   0..1, or two stages claim the same name or alias
 * @example
 * createStageTable().openStages.length // => 5
 * createStageTable([{ name: 'Negotiation', aliases: [], order: 1, probability: 0.7, kind: 'open' }])
 *   .stages[0].forecast // => 'commit'
 */
export function createStageTable(defs: readonly StageDefinition[] = DEFAULT_STAGES): StageTable {
  if (defs.length === 0) {
    throw new PlaybookError('Stage table: at least one stage is needed');
  }
  const stages = withDefaults(defs).sort((a, b) => a.order - b.order);
  const index = new Map<string, StageDefinition>();
  for (const stage of stages) {
    if (!(stage.probability >= 0 && stage.probability <= 1)) {
      throw new PlaybookError(
        `Stage table: probability of "${stage.name}" must be between 0 and 1 (got ${stage.probability})`,
      );
    }
    for (const name of namesOf(stage)) {
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
