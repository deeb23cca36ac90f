import type { Language } from '../../../shared/types';

/**
 * The add-on's own error phrases in Chinese: what an argument "must be". The
 * shared logic's messages are translated on the Worker side; a formula error
 * only needs these, so Code.js carries this small table instead.
 */
const EXPECTED_ZH: Readonly<Record<string, string>> = {
  'a date': '日期',
  '1, 2 or 3': '1、2 或 3',
  'a number of 0 or more': '≥ 0 的数字',
  'TRUE/FALSE, yes/no or 是/否': 'TRUE/FALSE、yes/no 或 是/否',
  'a discount from 0% to 100%': '0%-100% 的折扣',
  'a stage name when the row has an amount': '阶段名称（该行有金额）',
  'a whole number from 8 to 24': '8-24 的整数',
  'full, partial or none': 'full、partial 或 none',
  'a fraction from 0 to 1 (or 0% to 100%)': '0-1 的小数（或 0%-100%）',
  'a number of days, 0 or more': '≥ 0 的天数',
  'a quota of 0 or more': '≥ 0 的配额',
  'a whole number of 0 or more': '≥ 0 的整数',
  'a whole number of 1 or more': '≥ 1 的整数',
  'an amount of 0 or more': '≥ 0 的金额',
  'a single column': '单列',
  'a date on or before as_of': '不晚于 as_of 的日期',
  'a buying role such as champion, decision maker or user':
    '购买角色，如内部支持者、决策者或使用者',
  'emails, calls, meetings, discovery calls, demos, proposals or self-generated':
    '邮件、电话、会议、需求挖掘通话、演示、提案或自主开发占比',
  'day, week or month': 'day、week 或 month（每天、每周、每月）',
  'at most period': '不超过 period 的数',
  'industry, employees, revenue, region, tech stack, growth stage or incompatible tech':
    '行业、员工人数、营收、地区、技术栈、发展阶段或不兼容技术',
  'a range such as 50-1000 or 50+': '范围，如 50-1000 或 50+',
  'one value or more': '至少一个值',
  'a pain signal or yes/no': '痛点信号或 是/否',
  'an anti-signal or no': '反向信号或 否',
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
  return `${where}${place ? '' : ' '}应为 ${EXPECTED_ZH[expected] ?? expected}（实际为 ${value}）`;
}
