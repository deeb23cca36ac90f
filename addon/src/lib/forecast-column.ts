import { forecastReason } from '../../../shared/forecast/forecast-reason';
import { forecastLabel, label } from '../../../shared/index';
import type { ForecastCategory } from '../../../shared/types';
import { byRow, type Spill } from './by-row';
import { readLanguage } from './read-language';
import { readMeddpiccTotal } from './read-meddpicc-total';
import { readStage } from './read-stage';
import { readStageTable } from './read-stage-table';
import { stageDisplay } from './stage-display';

/**
 * What FORECAST_CATEGORY and FORECAST_REASON share: their arguments read row
 * by row, and per deal either the category or, with `explain`, the steps
 * behind it from the shared `forecastReason` (playbook §3): the stage's base
 * category, the MEDDPICC total and band, the cap it sets, and the result.
 *
 * @example
 * // explain, en: 'Negotiation → Commit; MEDDPICC 17 (Gaps) caps at Best Case → Best Case'
 * // explain, zh: '谈判阶段 → 肯定会成交；MEDDPICC 17（有缺口）：上限为最佳情况 → 最佳情况'
 */
export function forecastColumn(
  fn: string,
  stage: unknown,
  meddpicc_total: unknown,
  language: unknown,
  stage_table: unknown,
  explain: boolean,
): Spill<string> {
  const lang = readLanguage(fn, language);
  const table = readStageTable(fn, stage_table, lang);
  const zh = lang === 'zh';
  const name = (category: ForecastCategory) => forecastLabel(category, lang);
  return byRow(
    fn,
    'stage meddpicc_total',
    [stage, meddpicc_total],
    ([stageCell, totalCell], row) => {
      const found = readStage(fn, 'stage', row, stageCell, table);
      if (!found) return '';
      const total = readMeddpiccTotal(fn, 'meddpicc_total', row, totalCell);
      const why = forecastReason(found, total);
      if (!explain) return name(why.category);
      const [sep, open, close, caps, noCap] = zh
        ? ['；', '（', '）', '：上限为', '：不设上限']
        : ['; ', ' (', ')', ' caps at ', ': no cap'];
      const base = `${stageDisplay(table, found.name, lang)} → ${name(why.base)}`;
      if (why.band === null) return base;
      const band = `MEDDPICC ${total}${open}${label(`band.${why.band}`, lang)}${close}`;
      const cap = why.cap ? caps + name(why.cap) : noCap;
      return `${base}${sep}${band}${cap} → ${name(why.category)}`;
    },
    lang,
  );
}
