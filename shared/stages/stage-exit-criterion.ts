import type { Language, StageDefinition } from '../types';
import { DEFAULT_STAGES } from './default-stages';
import { normalizeStageKey } from './normalize-stage-key';

/** The playbook's exit criteria (§1) in Chinese, in the order of `DEFAULT_STAGES`. */
const DEFAULT_EXIT_CRITERIA_ZH: readonly string[] = [
  '已约定会议',
  '痛点已确认，客户符合理想客户画像',
  '已确定经济买家，已了解决策标准',
  '预算已确认，决策流程已梳理清楚',
  '已口头同意，法务/采购流程已启动',
  '已签约，收入已入账',
  '已记录输单原因',
];

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A stage's exit criterion (playbook §1: what the buyer must have done to
 * leave the stage) in the chosen language. A team's own text is shown as
 * written, except that the playbook's default criterion, written in either
 * language, is shown in the chosen one; the team's Chinese text is used for
 * `zh` when it gave one. A stage without one that is named like a playbook
 * stage (name, Chinese name or alias, same kind) has the playbook's; any other
 * stage without one has ''.
 *
 * @param stage - the stage, as the team's table holds it
 * @param language - 'en' or 'zh'
 * @returns the criterion, or ''
 * @example
 * stageExitCriterion(DEFAULT_STAGES[3], 'en') // => 'Budget confirmed and decision process mapped'
 * stageExitCriterion(DEFAULT_STAGES[3], 'zh') // => '预算已确认，决策流程已梳理清楚'
 */
export function stageExitCriterion(stage: StageDefinition, language: Language): string {
  const own = stage.exitCriterion?.trim() ?? '';
  const zh = stage.exitCriterionZh?.trim() ?? '';
  if (language === 'zh' && zh !== '') return zh;
  if (own === '' && zh !== '') return zh;
  const names = (d: StageDefinition) =>
    [d.name, d.nameZh ?? '', ...d.aliases].map(normalizeStageKey).filter((n) => n !== '');
  const i =
    own === ''
      ? DEFAULT_STAGES.findIndex(
          (d) => d.kind === stage.kind && names(d).some((n) => names(stage).includes(n)),
        )
      : DEFAULT_STAGES.findIndex(
          (d, i) => key(d.exitCriterion ?? '') === key(own) || DEFAULT_EXIT_CRITERIA_ZH[i] === own,
        );
  if (i < 0) return own;
  return language === 'zh' ? DEFAULT_EXIT_CRITERIA_ZH[i] : (DEFAULT_STAGES[i].exitCriterion ?? own);
}
