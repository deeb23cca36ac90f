import { DEFAULT_STAGES } from '../stages/default-stages';
import { normalizeStageKey } from '../stages/normalize-stage-key';
import type { StageDefinition } from '../types';
import type { PlaybookStage } from './deal-playbook';

/**
 * The playbook stage (§1) whose content fits a team's stage: the playbook
 * stage it is named after (name, Chinese name or alias), else by kind for
 * closed stages, else the open playbook stage nearest in probability (a
 * team's "Pilot" at 35% gets Evaluation's content).
 *
 * @example
 * playbookStageOf({ name: 'Demo', aliases: [], order: 3, probability: 0.3, kind: 'open' }) // => 'Evaluation'
 */
export function playbookStageOf(stage: StageDefinition): PlaybookStage {
  const keys = (d: StageDefinition) =>
    [d.name, d.nameZh ?? '', ...d.aliases].map(normalizeStageKey).filter((k) => k !== '');
  const names = keys(stage);
  const named = DEFAULT_STAGES.find(
    (d) => d.kind === stage.kind && keys(d).some((k) => names.includes(k)),
  );
  if (named) return named.name as PlaybookStage;
  if (stage.kind === 'won') return 'Closed Won';
  if (stage.kind === 'lost') return 'Closed Lost';
  const open = DEFAULT_STAGES.filter((d) => d.kind === 'open');
  const nearest = open.reduce((best, d) =>
    Math.abs(d.probability - stage.probability) < Math.abs(best.probability - stage.probability)
      ? d
      : best,
  );
  return nearest.name as PlaybookStage;
}
