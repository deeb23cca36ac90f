import type { z } from '@hono/zod-openapi';
import { createStageTable, DEFAULT_STAGE_TABLE } from '../../shared/index';
import type { StageDefinition, StageTable } from '../../shared/types';
import type { StageSchema } from './schemas';

/**
 * Builds the stage table of a request: the team's stages in funnel order, or
 * the playbook's. `createStageTable` fills in the forecast category, Chinese
 * name and aliases of stages named like playbook stages.
 */
export function stageTableOf(
  stages: readonly z.infer<typeof StageSchema>[] | undefined,
): StageTable {
  if (!stages) return DEFAULT_STAGE_TABLE;
  return createStageTable(
    stages.map(
      (s, i): StageDefinition => ({
        name: s.name,
        ...(s.nameZh !== undefined ? { nameZh: s.nameZh } : {}),
        aliases: s.aliases ?? [],
        order: i + 1,
        probability: s.probability,
        kind: s.kind,
        ...(s.averageDays !== undefined ? { averageDays: s.averageDays } : {}),
        ...(s.forecast !== undefined ? { forecast: s.forecast } : {}),
      }),
    ),
  );
}
