import { addonText } from '../../../shared/content/index';
import { DEFAULT_STAGES } from '../../../shared/index';
import { findStagesTab } from '../settings/find-stages-tab';
import { stagesTabRows } from '../settings/stages-tab-rows';
import { userLanguage } from '../settings/user-language';
import { PIPELINE_INPUT_HEADERS, PIPELINE_INPUT_HEADERS_ZH } from './pipeline-template';
import { uniqueSheetName } from './unique-sheet-name';

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
function letter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** The header of an "As of" date cell, English and Chinese. */
const AS_OF = ['As of', '截至日期'];

/** The "As of" date cell of a stage table tab (H2 under an "As of" header) for formulas, or null. */
function asOfCell(stages: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  const header = String(stages.getRange(1, 8).getValue() ?? '').trim();
  return AS_OF.some((word) => word.toLowerCase() === header.toLowerCase())
    ? `${quote(stages.getName())}!H2`
    : null;
}

/** A new stage table tab: name, probability, kind, aliases, average days, Chinese name; "As of" date in H2. */
function addStagesTab(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  zh: boolean,
): GoogleAppsScript.Spreadsheet.Sheet {
  // The tab's column headers stay English: they are the stage table's configuration keys.
  const stages = book.insertSheet(uniqueSheetName(book, zh ? '阶段表' : 'Stages'));
  const [header, ...stageRows] = stagesTabRows(DEFAULT_STAGES);
  stages.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  stages.getRange(2, 1, stageRows.length, header.length).setValues(stageRows);
  stages.getRange(2, 2, stageRows.length, 1).setNumberFormat('0%');
  stages.getRange(1, 8, 1, 1).setValue(AS_OF[+zh]).setFontWeight('bold');
  stages.getRange(2, 8, 1, 1).setFormula('=TODAY()').setNumberFormat('yyyy-mm-dd');
  stages.setFrozenRows(1);

  return stages;
}

/**
 * Menu: Set up a pipeline sheet. Adds a pipeline tab with headers, a stage
 * dropdown fed by the stage table, score and discount validation, and the
 * custom functions already in place (MEDDPICC total, band, suggested forecast
 * category, probability, contacts needed, risk and reasons). The stage table
 * is the team's one Stages tab, used as it is, so every pipeline tab and the
 * settings read the same stages; only when there is none is one added (the
 * playbook's seven stages, editable, with an "As of" date in H2). When the
 * Stages tab has no "As of" date, the pipeline tab holds its own after the
 * formulas. When the name "Pipeline" is taken, a free one is chosen
 * ("Pipeline 2"). No existing tab is ever changed. In Chinese (the user's
 * language setting) the tab names, headers, help texts and formula language
 * are Chinese and the stage dropdown lists the Chinese stage names.
 *
 * @returns the names of the new pipeline tab and of the stage table tab it reads
 */
export function setUpPipelineSheet(): { pipeline: string; stages: string } {
  const language = userLanguage(true);
  const book = SpreadsheetApp.getActive();
  const zh = language === 'zh';
  const zhArg = zh ? ', "zh"' : '';
  const t = (en: string, chinese: string) => (zh ? chinese : en);

  const shared = findStagesTab();
  const stages = shared ?? addStagesTab(book, zh);
  const stagesName = stages.getName();
  const stagesAsOf = asOfCell(stages);

  // Pipeline tab.
  const pipelineName = uniqueSheetName(book, t('Pipeline', '管道表'));
  const sheet = book.insertSheet(pipelineName);
  const inputs = PIPELINE_INPUT_HEADERS.length;
  const col = (header: (typeof PIPELINE_INPUT_HEADERS)[number]) =>
    letter(PIPELINE_INPUT_HEADERS.indexOf(header) + 1);
  const table = `${quote(stagesName)}!A1:F`;
  // Seven formula columns follow the inputs; a pipeline-own "As of" date comes after them.
  const ownAsOf = inputs + 8;
  const asOf = stagesAsOf ?? `${letter(ownAsOf)}2`;
  const last = letter(inputs);
  const scores = `${col('Metrics')}2:${col('Competition')}`;
  const total = letter(inputs + 1);
  const computed: [string, string, number][] = [
    [t('MEDDPICC total', 'MEDDPICC 总分'), `=MEDDPICC(${scores})`, 2],
    [t('Band', '等级'), `=MEDDPICC_BAND(${total}2:${total}${zhArg})`, 2],
    [
      t('Suggested category', '建议预测类别'),
      `=FORECAST_CATEGORY(${col('Stage')}2:${col('Stage')}, ${total}2:${total}, "${language}", ${table})`,
      2,
    ],
    [
      t('Probability', '成交概率'),
      `=STAGE_PROBABILITY(${col('Stage')}2:${col('Stage')}, ${table})`,
      2,
    ],
    [
      t('Contacts needed', '所需联系人数'),
      `=MINIMUM_CONTACTS(${col('Amount')}2:${col('Amount')})`,
      2,
    ],
    [t('Risk', '风险'), `=DEAL_RISK(A1:${last}, ${asOf}, "${language}", ${table})`, 1],
    [t('Reasons', '原因'), `=DEAL_RISK_REASONS(A1:${last}, ${asOf}, "${language}", ${table})`, 1],
  ];
  sheet
    .getRange(1, 1, 1, inputs)
    .setValues([zh ? [...PIPELINE_INPUT_HEADERS_ZH] : [...PIPELINE_INPUT_HEADERS]])
    .setFontWeight('bold');
  computed.forEach(([header, formula, row], i) => {
    const column = inputs + 1 + i;
    if (row === 2) sheet.getRange(1, column).setValue(header);
    sheet.getRange(row, column).setFormula(formula);
  });
  sheet
    .getRange(1, inputs + 1, 1, computed.length)
    .setFontWeight('bold')
    .setBackground('#e8f0fe');
  if (!stagesAsOf) {
    sheet.getRange(1, ownAsOf).setValue(AS_OF[+zh]).setFontWeight('bold');
    sheet.getRange(2, ownAsOf).setFormula('=TODAY()').setNumberFormat('yyyy-mm-dd');
  }
  sheet.setFrozenRows(1);

  const rows = Math.max(999, sheet.getMaxRows() - 1);
  const at = (header: (typeof PIPELINE_INPUT_HEADERS)[number], width = 1) =>
    sheet.getRange(2, PIPELINE_INPUT_HEADERS.indexOf(header) + 1, rows, width);
  // The dropdown lists the stage names in the tab's language: the Stages tab's
  // "Name zh" column (F) in Chinese when it has names, else its names (A).
  const names = stages.getRange(
    2,
    zh && String(stages.getRange(2, 6).getValue() ?? '') ? 6 : 1,
    50,
    1,
  );
  at('Stage').setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInRange(names, true)
      .setAllowInvalid(false)
      .build(),
  );
  at('Lost at stage').setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInRange(names, true).build(),
  );
  at('Metrics', 8).setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList(['1', '2', '3'], true)
      .setHelpText(
        t('1 = unknown, 2 = partly known, 3 = confirmed', '1 = 未知，2 = 部分了解，3 = 已确认'),
      )
      .build(),
  );
  at('Discount').setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 0.2)
      .setAllowInvalid(true)
      .setHelpText(t('Never above 20%', '折扣不超过 20%'))
      .build(),
  );
  at('Amount').setNumberFormat('#,##0');
  at('Discount').setNumberFormat('0%');
  for (const header of [
    'Created',
    'Close date',
    'Stage entered',
    'Last activity',
    'Next step date',
  ] as const) {
    at(header).setNumberFormat('yyyy-mm-dd');
  }
  sheet.getRange(2, inputs + 4, rows, 1).setNumberFormat('0%');
  sheet.activate();
  book.toast(
    shared
      ? `${addonText('pipelineSheet', language)}: "${pipelineName}" · ${addonText('stageTable', language)}: "${stagesName}"`
      : addonText('sheetCreated', language, { name: pipelineName, stages: stagesName }),
  );
  return { pipeline: pipelineName, stages: stagesName };
}
