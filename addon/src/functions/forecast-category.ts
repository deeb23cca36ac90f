import { forecastCategory, forecastLabel } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { readLanguage } from '../lib/read-language';
import { readMeddpiccTotal } from '../lib/read-meddpicc-total';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';

/**
 * Forecast category of a deal (playbook §3): the stage gives a base (Negotiation Commit,
 * Proposal Best Case, Evaluation Pipeline, earlier Upside), a MEDDPICC total caps it (15-19 Best
 * Case, 10-14 Pipeline, 8-9 Upside) and the weaker wins; Closed Won is Closed, Closed Lost is
 * Omitted. Example: =FORECAST_CATEGORY(D2:D, S2:S).
 *
 * @param {string|string[][]} stage A stage name, or a column of them (blank rows stay blank).
 * @param {number|number[][]} meddpicc_total Optional. The MEDDPICC total 8-24 (blank: no cap), or a column.
 * @param {string} language Optional. "en" (default) or "zh".
 * @param {Array[][]} stage_table Optional. Rows of name, probability, kind (open/won/lost) that replace the default stages.
 * @return {string} Commit, Best Case, Pipeline, Upside, Closed or Omitted, or a column of them.
 * @customfunction
 */
export function FORECAST_CATEGORY(
  stage: unknown,
  meddpicc_total?: unknown,
  language?: unknown,
  stage_table?: unknown,
): Spill<string> {
  const fn = 'FORECAST_CATEGORY';
  const lang = readLanguage(fn, language);
  const table = readStageTable(fn, stage_table);
  return byRow(
    fn,
    [
      { name: 'stage', value: stage },
      { name: 'meddpicc_total', value: meddpicc_total },
    ],
    ([stageCell, totalCell], row) => {
      const found = readStage(fn, 'stage', row, stageCell, table);
      if (!found) return '';
      const total = readMeddpiccTotal(fn, 'meddpicc_total', row, totalCell);
      return forecastLabel(forecastCategory(found, total), lang);
    },
  );
}
