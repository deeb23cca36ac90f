import type { MessageTable } from '../../../shared/labels/message-table';
import { READER_MESSAGES_ZH } from '../../../shared/labels/reader-messages-zh';
import { STAGE_TABLE_MESSAGES_ZH } from '../../../shared/labels/stage-table-messages-zh';
import { toChinese } from '../../../shared/labels/to-chinese';
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
export const STAGE_ROWS = 'a range of rows (name, probability, kind)';
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
  [STAGE_ROWS]: '多行区域（名称、成交概率、类型）',
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
  if (!m) {
    // `FN: stage table row 2, column 3: …`, from the shared stage table parser
    const named = /^([A-Z_]+): ([\s\S]*)$/.exec(message);
    return named ? `${named[1]}：${sharedToChinese(named[2])}` : message;
  }
  const [, fn, arg, column, row, expected, got, rest] = m;
  const place = (row ? `第 ${row} 行` : '') + (column ? `第 ${column} 列` : '');
  const where = `${fn}：${arg}${place && `（${place}）`}`;
  if (expected === undefined) {
    return `${where}：${sharedToChinese(rest.replace(/^Unknown stage ("[^"]*"); expected one of: /, '阶段 $1 未知；应为以下之一：'))}`;
  }
  const value = got === 'blank' ? '空白' : got;
  return `${where}${place ? '' : ' '}应为 ${EXPECTED_ZH[expected] || expected}（实际为 ${value}）`;
}

/**
 * The Chinese templates of the only shared messages a formula passes on: a
 * cell or row the deal reader rejects, and a bad stage table. The Worker
 * carries all of `MESSAGES_ZH`; Code.js carries just these.
 */
const SHARED_ZH: MessageTable = [...READER_MESSAGES_ZH, ...STAGE_TABLE_MESSAGES_ZH];

/** A shared message in Chinese, with a stage table's `row 3, column 2: ` place put first. */
function sharedToChinese(message: string): string {
  const place = /^stage table row (\d+), column (\d+): ([\s\S]*)$/.exec(message);
  if (place) return `阶段表第 ${place[1]} 行第 ${place[2]} 列：${toChinese(SHARED_ZH, place[3])}`;
  return toChinese(SHARED_ZH, message);
}

/**
 * A row's error of a pipeline range (see `readDeals`) in the language asked
 * for: `FN: deals in row 3, column "Amount": "abc" is not a number (got "abc")`
 * → `FN：deals（第 3 行，"Amount" 列）："abc" 不是数字（实际为 "abc"）`. Column
 * names and cell values stay as written.
 */
export function localizeRowError(message: string, language: Language): string {
  if (language === 'en') return message;
  const m = /^([A-Z_]+): (\w+) in row (\d+)(?:, column ("[^"]*"))?: ([\s\S]*)$/.exec(message);
  if (!m) return message;
  const [, fn, arg, row, column, rest] = m;
  const where = `${fn}：${arg}（第 ${row} 行${column ? `，${column} 列` : ''}）：`;
  const unknown =
    /^stage ("[^"]*") is not in the stage table(?: \(it looks like (.*)\))?; add it to stage_table$/.exec(
      rest,
    );
  if (unknown) {
    const hint = unknown[2] ? `（看起来像 ${unknown[2]}）` : '';
    return `${where}阶段 ${unknown[1]} 不在阶段表中${hint}；请把它加入 stage_table`;
  }
  const whole = sharedToChinese(rest);
  if (whole !== rest) return where + whole;
  const got = /^([\s\S]*) \(got (.*)\)$/.exec(rest);
  if (!got) return where + rest;
  return `${where}${sharedToChinese(got[1])}（实际为 ${got[2]}）`;
}
