import { findStage, stageLabel } from '../../../shared/index';
import type { Language, StageTable } from '../../../shared/types';

/** A canonical stage name in the user's language (the name itself when the table lacks it). */
export function stageDisplay(table: StageTable, name: string, language: Language): string {
  const stage = findStage(table, name);
  return stage ? stageLabel(stage, language) : name;
}
