import { addonText } from '../../../shared/content/index';
import { label, stageConversion } from '../../../shared/index';
import type { Deal } from '../../../shared/types';
import { eachRow } from '../lib/by-row';
import { readLanguage } from '../lib/read-language';
import { readStage } from '../lib/read-stage';
import { readStageTable } from '../lib/read-stage-table';
import { stageDisplay } from '../lib/stage-display';

/**
 * Conversion of each open stage (playbook §4). Example: =STAGE_CONVERSION(D2:D, U2:U)
 * @param {string[][]} stages Deal stages, one per row.
 * @param {string[][]} lost_at_stages Optional. Stage a lost deal was lost at.
 * @param {string} language Optional. "en" or "zh".
 * @param {Array[][]} stage_table Optional. Stage table range.
 * @return {Array[][]} Header row, then stage, reached, advanced, conversion.
 * @customfunction
 */
export function STAGE_CONVERSION(
  stages: unknown,
  lost_at_stages?: unknown,
  language?: unknown,
  stage_table?: unknown,
): (string | number)[][] {
  const fn = 'STAGE_CONVERSION';
  const lang = readLanguage(fn, language);
  const table = readStageTable(fn, stage_table, lang);
  const deals: Deal[] = [];
  eachRow(
    fn,
    'stages lost_at_stages',
    [stages, lost_at_stages],
    ([stageCell, lostAtCell], row) => {
      const stage = readStage(fn, 'stages', row, stageCell, table);
      if (!stage) return;
      const lostAt = readStage(fn, 'lost_at_stages', row, lostAtCell, table);
      deals.push({
        row: row || 1,
        stage: stage.name,
        amount: null,
        ...(lostAt ? { lostAtStage: lostAt.name } : {}),
      });
    },
    lang,
  );
  const funnel = stageConversion(deals, { stages: table });
  const title =
    label('stage', lang) + (funnel.approximate ? ` (${label('approximate', lang)})` : '');
  const header = [
    title,
    addonText('reached', lang),
    label('advanced', lang),
    label('stageConversion', lang),
  ];
  return [
    header,
    ...funnel.stages.map((s) => [
      stageDisplay(table, s.stage, lang),
      s.reached,
      s.advanced,
      s.conversion ?? '',
    ]),
  ];
}
