import type { StageTable } from '../types';
import { createStageTable } from './create-stage-table';
import { CRM_VOCABULARIES, type CrmVocabulary } from './crm-vocabularies';

let tables: readonly { readonly vocabulary: CrmVocabulary; readonly table: StageTable }[] | null =
  null;

/** Each CRM vocabulary with its stage table, built once on first use. */
export function vocabularyTables(): readonly {
  readonly vocabulary: CrmVocabulary;
  readonly table: StageTable;
}[] {
  tables ??= CRM_VOCABULARIES.map((vocabulary) => ({
    vocabulary,
    table: createStageTable(vocabulary.stages),
  }));
  return tables;
}
