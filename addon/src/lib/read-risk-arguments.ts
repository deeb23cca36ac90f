import type { DealRiskOptions } from '../../../shared/risk/deal-risk';
import type { ChecklistItem, Deal, Language } from '../../../shared/types';
import { parseChecklistCell } from '../scorecard/checklist-cell';
import { checklistColumn } from '../sheet/checklist-column';
import { type DealRange, readDeals } from './read-deals';
import { isBlank } from '../../../shared/ingest/cell-text';
import { readDay } from './read-day';
import { readLanguage } from './read-language';
import { readStageTable } from './read-stage-table';

/** The arguments DEAL_RISK and DEAL_RISK_REASONS share, read and checked. */
export interface RiskArguments {
  readonly lang: Language;
  readonly range: DealRange;
  /** `dealRisk` options for a deal: the day, the table and its ticked checklist items. */
  readonly options: (deal: Deal) => DealRiskOptions;
}

/**
 * Reads the (deals, as_of, language, stage_table) arguments of the deal-risk
 * formulas. When the range has a Checklist column (检查清单), each deal's
 * ticked items go to `dealRisk`, so unanswered ones count as a risk.
 *
 * @throws Error naming the formula and the argument that cannot be read; a
 *   blank `as_of` is refused, since risk depends on the day it is judged on
 */
export function readRiskArguments(
  fn: string,
  deals: unknown,
  as_of: unknown,
  language: unknown,
  stage_table: unknown,
): RiskArguments {
  const lang = readLanguage(fn, language);
  // Without a stage_table the ingestion recognises a CRM's default stages.
  const given = isBlank(stage_table) ? undefined : readStageTable(fn, stage_table, lang);
  const asOf = readDay(fn, 'as_of', undefined, as_of);
  if (asOf === null) {
    throw new Error(`${fn}: as_of must be a date, e.g. a cell holding =TODAY() (got blank)`);
  }
  const range = readDeals(fn, 'deals', deals, given);
  const rows = deals as unknown[][];
  const col = checklistColumn(rows[0]);
  const table = range.table;
  const options = (deal: Deal): DealRiskOptions => {
    const checklist: ChecklistItem[] | undefined =
      col < 0 ? undefined : parseChecklistCell(rows[deal.row - 1][col]);
    return { asOf, table, checklist };
  };
  return { lang, range, options };
}
