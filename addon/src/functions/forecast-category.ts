import { forecastCategory, forecastLabel } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { readLanguage } from '../lib/read-language';
import { readMeddpiccTotal } from '../lib/read-meddpicc-total';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';

/**
 * Forecast category (playbook §3): the stage's base, capped by the MEDDPICC total.
 * Example: =FORECAST_CATEGORY(D2:D, S2:S)
 *
 * @param {string|string[][]} stage A stage name, or a column.
 * @param {number|number[][]} meddpicc_total Optional. MEDDPICC total 8-24 (blank: no cap).
 * @param {string} language Optional. "en" (default) or "zh".
 * @param {Array[][]} stage_table Optional. Rows of name, probability, kind that replace the default stages.
 * @return {string} Commit, Best Case, Pipeline, Upside, Closed or Omitted.
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
    lang,
  );
}
