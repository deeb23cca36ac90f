import type { DayNumber, Language, StageTable } from '../../../shared/types';
import { type DealRange, readDeals } from './read-deals';
import { isBlank } from '../../../shared/ingest/cell-text';
import { readDay } from './read-day';
import { readLanguage } from './read-language';
import { readStageTable } from './read-stage-table';

/** The arguments DEAL_RISK and DEAL_RISK_REASONS share, read and checked. */
export interface RiskArguments {
  readonly lang: Language;
  readonly table: StageTable;
  readonly asOf: DayNumber;
  readonly range: DealRange;
}

/**
 * Reads the (deals, as_of, language, stage_table) arguments of the deal-risk
 * formulas.
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
  const given = isBlank(stage_table) ? undefined : readStageTable(fn, stage_table);
  const asOf = readDay(fn, 'as_of', undefined, as_of);
  if (asOf === null) {
    throw new Error(`${fn}: as_of must be a date, e.g. a cell holding =TODAY() (got blank)`);
  }
  const range = readDeals(fn, 'deals', deals, given);
  return { lang, table: range.table, asOf, range };
}
