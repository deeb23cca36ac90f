import type { Language, StageDefinition } from '../types';

/**
 * The stage's display name in the chosen language; falls back to the
 * canonical name when the table has no Chinese name.
 *
 * @example
 * stageLabel(DEFAULT_STAGES[5], 'zh') // => '成交阶段'
 */
export function stageLabel(stage: StageDefinition, language: Language): string {
  return language === 'zh' && stage.nameZh ? stage.nameZh : stage.name;
}
