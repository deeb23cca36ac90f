import { type Bilingual, textReader } from './bilingual';

/**
 * The add-on texts that the server side of the Sheets add-on shows (menu,
 * toasts, errors, report tabs, formula results); the sidebars' own texts are
 * added to them in `ADDON_TEXT`. Kept apart so Code.js, which Apps Script
 * loads for every formula cell, carries only what it shows. `{name}` marks a
 * value filled in by `sheetText`.
 */
export const SHEET_TEXT = {
  menuScoreDeal: { en: 'Score this deal', zh: '为此交易评分' },
  menuWeeklyReview: { en: 'Weekly pipeline review', zh: '每周销售流程回顾' },
  menuSetUpSheet: { en: 'Set up a pipeline sheet', zh: '创建管道表' },
  discountOk: { en: 'Within the 20% ceiling', zh: '在20%上限之内' },
  selectDealRow: {
    en: 'Select a cell in a deal row of the pipeline sheet, then open the scorecard again.',
    zh: '请先在管道表中选中某笔交易所在行的单元格，然后重新打开评分卡。',
  },
  noPipelineSheet: {
    en: 'No pipeline sheet found: use "Set up a pipeline sheet" or name the sheet in Settings.',
    zh: '未找到管道表：请使用“创建管道表”，或在设置中指定工作表名称。',
  },
  noScoreColumns: {
    en: 'The pipeline sheet has no MEDDPICC score columns: map them in Settings.',
    zh: '管道表中没有 MEDDPICC 评分列：请在设置中映射这些列。',
  },
  noKeyColumn: {
    en: 'The pipeline sheet needs a Deal ID (or deal name) column to find the deal again when saving.',
    zh: '管道表需要“交易编号”（或交易名称）列，以便保存时重新定位该交易。',
  },
  dealGone: {
    en: 'Deal "{key}" is no longer in the sheet; nothing was saved.',
    zh: '表中已找不到交易“{key}”，未保存任何内容。',
  },
  dealDuplicated: {
    en: 'Deal "{key}" appears in rows {rows}; make the IDs unique before saving.',
    zh: '交易“{key}”出现在第 {rows} 行；请先确保编号唯一再保存。',
  },
  changedMeanwhile: {
    en: 'Someone changed this deal’s scores since you opened it; reload the scorecard.',
    zh: '在你打开评分卡后，有人修改了这笔交易的评分；请重新加载评分卡。',
  },
  savedRow: { en: 'Saved to row {row}', zh: '已保存到第 {row} 行' },
  dataProblems: { en: '{count} cell(s) could not be read', zh: '{count} 个单元格无法读取' },
  month: { en: 'Month', zh: '月份' },
  answer: { en: 'Answer', zh: '答案' },
  question: { en: 'Question', zh: '问题' },
  winRateByMonth: { en: 'Win rate by month', zh: '每月成交率' },
  funnel: { en: 'Funnel', zh: '漏斗' },
  sheetCreated: {
    en: 'Created tabs "{name}" and "{stages}"',
    zh: '已创建工作表“{name}”和“{stages}”',
  },
  pipelineSheet: { en: 'Pipeline sheet', zh: '管道表' },
  stageTable: { en: 'Stage table', zh: '阶段表' },
  usingWorker: { en: 'Using the analytics service', zh: '使用分析服务' },
  usingSheet: { en: 'Using this sheet only', zh: '仅使用本表数据' },
  reached: { en: 'Reached', zh: '到达' },
} as const satisfies Record<string, Bilingual>;

/** A key of `SHEET_TEXT`. */
export type SheetTextKey = keyof typeof SHEET_TEXT;

/**
 * A server-side add-on text in the chosen language with its `{name}` placeholders filled.
 *
 * @example
 * sheetText('savedRow', 'en', { row: 7 }) // => 'Saved to row 7'
 */
export const sheetText = textReader(SHEET_TEXT);
