import { textReader } from '../../../../shared/content/bilingual';
import type { Language } from '../../../../shared/types';

/**
 * Sidebar texts that neither the shared labels nor the add-on texts cover,
 * in English and Simplified Chinese. `{name}` marks a value to fill in.
 */
export const SIDEBAR_TEXT = {
  saving: { en: 'Saving…', zh: '正在保存…' },
  unsaved: { en: 'Unsaved changes', zh: '有未保存的更改' },
  checklistNotSaved: {
    en: 'The sheet has no Checklist column, so these ticks are not saved.',
    zh: '表中没有“检查清单”列，这些勾选不会被保存。',
  },
  neededFor: { en: '{count} needed for this amount', zh: '此金额需要 {count} 位' },
  engaged: { en: '{count} engaged', zh: '已接触 {count} 位' },
  riskAtOpen: { en: 'Risk when opened', zh: '打开时的风险' },
  scoreOf: { en: '{element}: {score}', zh: '{element}：{score}' },
  weekRange: { en: '{start} to {end}', zh: '{start} 至 {end}' },
  dealsRead: { en: '{count} deals read from "{sheet}"', zh: '从“{sheet}”读取 {count} 笔交易' },
  writing: { en: 'Writing…', zh: '正在写入…' },
  dealsCount: { en: '{count} deals', zh: '{count} 笔' },
  fromStageDates: { en: 'from stage-entered dates', zh: '依据进入阶段日期' },
  pastCloseDate: { en: 'close date has passed', zh: '预计成交日期已过' },
  noQuota: { en: 'Set a quota in Settings', zh: '请在设置中填写配额' },
  forecastRollup: {
    en: 'Forecast, {start} to {end}',
    zh: '预测（{start} 至 {end}）',
  },
  cumulative: { en: 'Cumulative', zh: '累计' },
  ofQuota: { en: 'of quota', zh: '占配额' },
  bandRange: { en: 'band {min}–{max}', zh: '区间 {min}–{max}' },
  wonLost: { en: '{won} won, {lost} lost', zh: '赢 {won}，输 {lost}' },
  meanMedian: { en: 'mean {mean} · median {median}', zh: '平均 {mean} · 中位数 {median}' },
  inStage: { en: '{days} d in stage', zh: '本阶段 {days} 天' },
  noNextStep: { en: 'no next step', zh: '无下一步' },
  fromSnapshot: { en: 'read from one snapshot of the sheet', zh: '依据表格的单一快照' },
  analysed: { en: 'Analysed {count} deals', zh: '已分析 {count} 笔交易' },
  snapshotOf: { en: 'snapshot of {date}', zh: '{date} 的快照' },
  fellBack: {
    en: 'The analytics service did not answer: {reason}',
    zh: '分析服务未响应：{reason}',
  },
  tabWritten: { en: 'Report tab and charts written', zh: '报告工作表和图表已写入' },
  monthHint: { en: 'The report is written to a new tab.', zh: '报告将写入一个新工作表。' },
  autoDetect: { en: 'Find automatically', zh: '自动查找' },
  autoSheet: { en: 'Find automatically ({name})', zh: '自动查找（{name}）' },
  mappedCount: { en: '{count} of {total} fields found', zh: '已找到 {count}/{total} 个字段' },
  quotaPeriod: { en: 'Quota period', zh: '配额周期' },
  periodMonth: { en: 'Month', zh: '月' },
  periodQuarter: { en: 'Quarter', zh: '季度' },
  periodYear: { en: 'Year', zh: '年' },
  kind: { en: 'Kind', zh: '类型' },
  kindOpen: { en: 'Open', zh: '进行中' },
  addStage: { en: 'Add a stage', zh: '添加阶段' },
  removeStage: { en: 'Remove stage {name}', zh: '删除阶段 {name}' },
  stagesFromTab: {
    en: 'Read from the "Stages" tab; saving a change rewrites that tab.',
    zh: '读取自“Stages”工作表；保存更改会重写该工作表。',
  },
  stagesFromSettings: {
    en: 'Your team’s stages, saved in Settings.',
    zh: '团队的阶段，保存在设置中。',
  },
  stagesDefault: {
    en: 'The playbook’s default stages. Remove every row to restore them later.',
    zh: '销售手册的默认阶段。以后删除所有行即可恢复默认。',
  },
  checkFields: { en: 'Check the field marked in red.', zh: '请检查标红的字段。' },
  analyticsService: { en: 'Analytics service', zh: '分析服务' },
  moreProblems: { en: 'and {count} more', zh: '另有 {count} 个' },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

/** A key of `SIDEBAR_TEXT`. */
export type SidebarTextKey = keyof typeof SIDEBAR_TEXT;

/**
 * A sidebar text in the chosen language with its `{name}` placeholders filled.
 *
 * @example
 * sidebarText('neededFor', 'en', { count: 3 }) // => '3 needed for this amount'
 */
export const sidebarText = textReader(SIDEBAR_TEXT);
