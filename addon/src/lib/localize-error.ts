import type { Language } from '../../../shared/types';

// What an argument "must be", as the formulas' errors say it in English. Each
// phrase is written once, here: the formulas use these constants, and
// `EXPECTED_ZH` below gives their Chinese.
export const A_DATE = 'a date';
export const NUMBER_0_UP = 'a number of 0 or more';
export const YES_NO = 'TRUE/FALSE, yes/no or 是/否';
export const DISCOUNT = 'a discount from 0% to 100%';
export const STAGE_WITH_AMOUNT = 'a stage name when the row has an amount';
export const TOTAL_8_24 = 'a whole number from 8 to 24';
export const FIT = 'full, partial or none';
export const FRACTION = 'a fraction from 0 to 1 (or 0% to 100%)';
export const DAYS_0_UP = 'a number of days, 0 or more';
export const QUOTA_0_UP = 'a quota of 0 or more';
export const WHOLE_0_UP = 'a whole number of 0 or more';
export const WHOLE_1_UP = 'a whole number of 1 or more';
export const AMOUNT_0_UP = 'an amount of 0 or more';
export const SINGLE_COLUMN = 'a single column';
export const DATE_BY_AS_OF = 'a date on or before as_of';
export const ROLE = 'a buying role such as champion, decision maker or user';
export const ACTIVITY =
  'emails, calls, meetings, discovery calls, demos, proposals or self-generated';
export const PERIOD = 'day, week or month';
export const AT_MOST_PERIOD = 'at most period';
export const CRITERION =
  'industry, employees, revenue, region, tech stack, growth stage or incompatible tech';
export const PROFILE_RANGE = 'a range such as 50-1000 or 50+';
export const ONE_OR_MORE = 'one value or more';
export const PAIN = 'a pain signal or yes/no';
export const ANTI = 'an anti-signal or no';
export const FORECAST_NAME = 'Commit, Best Case, Pipeline, Upside, Closed or Omitted';

/**
 * The add-on's own error phrases in Chinese: what an argument "must be". The
 * shared logic's messages are translated on the Worker side; a formula error
 * only needs these, so Code.js carries this small table instead.
 */
const EXPECTED_ZH: Readonly<Record<string, string>> = {
  [A_DATE]: '日期',
  // from the shared MEDDPICC score reader
  '1, 2 or 3': '1、2 或 3',
  [NUMBER_0_UP]: '≥ 0 的数字',
  [YES_NO]: 'TRUE/FALSE、yes/no 或 是/否',
  [DISCOUNT]: '0%-100% 的折扣',
  [STAGE_WITH_AMOUNT]: '阶段名称（该行有金额）',
  [TOTAL_8_24]: '8-24 的整数',
  [FIT]: 'full、partial 或 none',
  [FRACTION]: '0-1 的小数（或 0%-100%）',
  [DAYS_0_UP]: '≥ 0 的天数',
  [QUOTA_0_UP]: '≥ 0 的配额',
  [WHOLE_0_UP]: '≥ 0 的整数',
  [WHOLE_1_UP]: '≥ 1 的整数',
  [AMOUNT_0_UP]: '≥ 0 的金额',
  [SINGLE_COLUMN]: '单列',
  [DATE_BY_AS_OF]: '不晚于 as_of 的日期',
  [ROLE]: '购买角色，如内部支持者、决策者或使用者',
  [ACTIVITY]: '邮件、电话、会议、需求挖掘通话、演示、提案或自主开发占比',
  [PERIOD]: 'day、week 或 month（每天、每周、每月）',
  [AT_MOST_PERIOD]: '不超过 period 的数',
  [CRITERION]: '行业、员工人数、营收、地区、技术栈、发展阶段或不兼容技术',
  [PROFILE_RANGE]: '范围，如 50-1000 或 50+',
  [ONE_OR_MORE]: '至少一个值',
  [PAIN]: '痛点信号或 是/否',
  [ANTI]: '反向信号或 否',
  [FORECAST_NAME]: '肯定会成交、最佳情况、待成交、可能性较低、已成交或已排除（或其英文名）',
};

/**
 * A formula's error message in the language asked for. English messages pass
 * through; for Chinese the add-on's message shapes are rewritten
 * (`FN: arg in row 3 must be X (got Y)` → `FN：arg（第 3 行）应为 X（实际为 Y）`),
 * with X from a small phrase table. Text quoted from a shared message stays
 * as it is.
 *
 * @example
 * localizeError('MEDDPICC_BAND: total must be a whole number from 8 to 24 (got 7)', 'zh')
 * // => 'MEDDPICC_BAND：total 应为 8-24 的整数（实际为 7）'
 */
export function localizeError(message: string, language: Language): string {
  if (language === 'en') return message;
  const m =
    /^([A-Z_]+): (\w+)(?: in column (\d+))?(?: (?:in|of) row (\d+))?(?: must be (.+) \(got (.*)\)|: (.*))$/s.exec(
      message,
    );
  if (!m) return message;
  const [, fn, arg, column, row, expected, got, rest] = m;
  const place = (row ? `第 ${row} 行` : '') + (column ? `第 ${column} 列` : '');
  const where = `${fn}：${arg}${place && `（${place}）`}`;
  if (expected === undefined) {
    return `${where}：${rest.replace(/^Unknown stage ("[^"]*"); expected one of: /, '阶段 $1 未知；应为以下之一：')}`;
  }
  const value = got === 'blank' ? '空白' : got;
  return `${where}${place ? '' : ' '}应为 ${EXPECTED_ZH[expected] || expected}（实际为 ${value}）`;
}
