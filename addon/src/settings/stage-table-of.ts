import {
  createStageTable,
  DEFAULT_STAGE_TABLE,
  DEFAULT_STAGES,
  normalizeStageKey,
  parseStageTable,
} from '../../../shared/index';
import type { StageDefinition, StageTable } from '../../../shared/types';
import type { Settings, SheetSettings } from './settings';

/**
 * Gives a team's stage the playbook's Chinese name when it carries a default
 * stage's name and the team gave none, so a Chinese user still sees 提案阶段.
 */
function withChineseName(stage: StageDefinition, taken: ReadonlySet<string>): StageDefinition {
  if (stage.nameZh) return stage;
  const known = DEFAULT_STAGES.find(
    (d) => normalizeStageKey(d.name) === normalizeStageKey(stage.name),
  );
  if (!known?.nameZh || taken.has(normalizeStageKey(known.nameZh))) return stage;
  return { ...stage, nameZh: known.nameZh };
}

/**
 * The team's stage table: the rows of the "Stages" tab or of Settings
 * (whichever `loadSettings` found), or the playbook's defaults (§1).
 *
 * @throws PlaybookError naming the source, row and column of a bad cell
 */
export function stageTableOf(
  settings: SheetSettings & Pick<Partial<Settings>, 'stageSource'>,
): StageTable {
  const rows = settings.stageTable ?? [];
  if (rows.length === 0) return DEFAULT_STAGE_TABLE;
  const source = settings.stageSource === 'stagesTab' ? 'Stages tab' : 'Settings';
  const defs = parseStageTable(rows, source);
  const taken = new Set(
    defs
      .flatMap((d) => [d.name, ...(d.nameZh ? [d.nameZh] : []), ...d.aliases])
      .map(normalizeStageKey),
  );
  return createStageTable(defs.map((d) => withChineseName(d, taken)));
}
