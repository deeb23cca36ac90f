import { textReader } from '../../../../shared/content/bilingual';

/**
 * Texts of the monthly sections worked out in the sidebar (territory review,
 * activity, win/loss, self-scores), for the sidebar and the report tab it
 * sends. Kept in the sidebar's bundle, not in Code.js. `{name}` marks a value.
 */
export const MONTHLY_TEXT = {
  territory: { en: 'Territory review', zh: '区域回顾' },
  asOf: { en: '"{tab}" as of {date}', zh: '“{tab}”，截至 {date}' },
  windowDays: { en: 'Touched within (days)', zh: '触达窗口（天）' },
  anyTouch: { en: 'any touch', zh: '任意触达' },
  all: { en: 'All tiers', zh: '全部' },
  tier1Ok: {
    en: 'Tier-1 coverage {coverage}: above 80%',
    zh: '一级客户覆盖率 {coverage}：高于 80%',
  },
  tier1Low: {
    en: 'Tier-1 coverage {coverage}: it must exceed 80%',
    zh: '一级客户覆盖率 {coverage}：须高于 80%',
  },
  drop: { en: 'Drop: tier 3, no touch for 90 days', zh: '剔除：三级客户，90 天未触达' },
  idle: { en: 'Days since last touch', zh: '距上次触达天数' },
  never: { en: 'never touched', zh: '从未触达' },
  reTier: { en: 'Re-tier (fit and pain now say)', zh: '重新分级（按当前匹配度与痛点）' },
  activity: { en: 'Activity against targets', zh: '活动与目标' },
  rep: { en: 'Rep', zh: '销售代表' },
  daysWorked: { en: 'Days', zh: '天数' },
  noActivity: { en: 'No activity recorded in {month}', zh: '{month} 没有活动记录' },
  offTarget: { en: 'Off target', zh: '未达标项' },
  winReasons: { en: 'Win reasons', zh: '赢单原因' },
  notes: { en: 'What worked and what did not', zh: '有效与无效做法' },
  outcome: { en: 'Outcome', zh: '结果' },
  noClosed: {
    en: 'No deal closed in {month} in "{tab}"',
    zh: '“{tab}”中 {month} 没有已结束的交易',
  },
  selfScores: { en: 'Self-scores and outcomes', zh: '自评与结果' },
  winLossTitle: { en: 'Win/loss and self-scores', zh: '输赢分析与自评' },
  skill: { en: 'Skill', zh: '技能' },
  selfScore: { en: 'Self-score (1-5)', zh: '自评（1-5）' },
  scored: { en: 'Deals scored', zh: '评分交易数' },
  measure: { en: 'Shows in', zh: '对应结果' },
  value: { en: 'Figure', zh: '数值' },
  bar: { en: 'Bar', zh: '标准' },
  conversion: { en: 'Conversion out of {stage}', zh: '{stage}转化率' },
  tier1Coverage: { en: 'Tier-1 coverage', zh: '一级客户覆盖率' },
  mismatch: {
    en: 'High self-score, weak outcome: look at this skill again',
    zh: '自评高但结果弱：请重新审视这项技能',
  },
  weak: { en: 'Below the bar', zh: '低于标准' },
  mismatchLine: { en: '{skill} ({measure}): {note}', zh: '{skill}（{measure}）：{note}' },
  dealOutcome: { en: '{deal} ({outcome})', zh: '{deal}（{outcome}）' },
  field: { en: '{name}: {value}', zh: '{name}：{value}' },
  noTab: {
    en: 'No {what} tab yet: the add-on menu item "{menu}" adds one.',
    zh: '还没有{what}工作表：可通过附加组件菜单中的“{menu}”添加。',
  },
  accountsTab: { en: 'accounts', zh: '客户' },
  activityTab: { en: 'activity', zh: '活动' },
  winLossTab: { en: 'win/loss', zh: '输赢分析' },
  cellProblem: {
    en: '{tab} row {row}, {column}: "{value}" is not {what}; left out',
    zh: '{tab} 第 {row} 行“{column}”：“{value}”不是{what}，未计入',
  },
  aDate: { en: 'a date', zh: '日期' },
  notFuture: { en: 'a day up to today', zh: '今天或之前的日期' },
  aCount: { en: 'a number ≥ 0', zh: '不小于 0 的数字' },
  aDays: { en: 'a number of days from 0.5 to 7', zh: '0.5 到 7 之间的天数' },
  aShare: { en: 'a share from 0% to 100%', zh: '0% 到 100% 之间的比例' },
  aScore: { en: 'a whole number from 1 to 5', zh: '1 到 5 的整数' },
  aValue: { en: 'filled in', zh: '已填写' },
} as const;

/**
 * A monthly-section text in the chosen language with its placeholders filled.
 *
 * @example
 * monthlyText('tier1Ok', 'en', { coverage: '85%' }) // => 'Tier-1 coverage 85%: above 80%'
 */
export const monthlyText = textReader(MONTHLY_TEXT);
