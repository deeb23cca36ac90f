import type { MessageTable } from './message-table';

/**
 * Chinese of the messages about single cells and rows that the shared deal
 * reader (shared/ingest) produces; part of `MESSAGES_ZH`, kept apart so the
 * add-on can carry these without the rest.
 */
export const READER_MESSAGES_ZH: MessageTable = [
  ['"{v}" is too large to be a number', '"{v}" 太大，不能作为数字'],
  ['"{v}" has thousands separators in the wrong places', '"{v}" 的千位分隔符位置不对'],
  ['"{v}" is a percentage, not an amount', '"{v}" 是百分比，不是金额'],
  ['"{v}" is not a number', '"{v}" 不是数字'],
  ['{v} is not a number', '{v} 不是数字'],
  [
    '"{v}" is not a currency (write a code such as USD, EUR, CNY)',
    '"{v}" 不是货币（请写货币代码，如 USD、EUR、CNY）',
  ],
  [
    'status "{v}" is not open, won or lost; the stage decides',
    '状态 "{v}" 不是进行中、赢单或输单；以阶段为准',
  ],
  [
    'the status says open but the stage "{stage}" is {kind~}; the stage decides',
    '状态为进行中，但阶段 "{stage}" 是{kind~}；以阶段为准',
  ],
  [
    'the status says {status~} but the stage "{stage}" is {kind~}; the stage decides',
    '状态为{status~}，但阶段 "{stage}" 是{kind~}；以阶段为准',
  ],
  [
    'unknown stage "{v}" in lost at stage; the funnel counts the deal as lost at its first stage',
    '输单阶段中的阶段 "{v}" 未知；漏斗按在第一个阶段输单计算该交易',
  ],
  [
    'unknown forecast category "{v}"; expected Commit, Best Case, Pipeline, Upside, Closed or Omitted',
    '预测类别 "{v}" 未知；应为 Commit、Best Case、Pipeline、Upside、Closed 或 Omitted',
  ],
  ['contacts must be a whole number of people (got {v})', '联系人数必须是整数（实际为 {v}）'],
  [
    'MEDDPICC score must be 1, 2 or 3 (got {v}); counted as 1',
    'MEDDPICC 评分必须是 1、2 或 3（实际为 {v}）；按 1 计',
  ],
  ['discount must be between 0% and 100% (got {v})', '折扣必须在 0% 到 100% 之间（实际为 {v}）'],
  ['probability {v} is not between 0% and 100%', '成交概率 {v} 不在 0% 到 100% 之间'],
  ['"{v}" has no month {n#}', '"{v}" 没有 {n#} 月'],
  [
    '"{v}" is not a calendar date (month {m#} has no day {d#})',
    '"{v}" 不是有效日期（{m#} 月没有 {d#} 日）',
  ],
  ['"{v}" is not a calendar date (a day or month is {n#})', '"{v}" 不是有效日期（日或月为 {n#}）'],
  ['"{v}" is not a date (no month {a#} or {b#})', '"{v}" 不是日期（没有 {a#} 月或 {b#} 月）'],
  ['"{v}" is not a date', '"{v}" 不是日期'],
  [
    '{v} is not a date (as a Sheets date number it must be between {min#} and {max#})',
    '{v} 不是日期（作为 Sheets 日期序号，必须在 {min#} 到 {max#} 之间）',
  ],
  ['{v} is not a date', '{v} 不是日期'],
  ['the date is invalid', '日期无效'],
  [
    '"{v}" puts the year last, which dateOrder YMD does not allow; use MDY or DMY',
    '"{v}" 把年份放在最后，dateOrder YMD 不允许这样；请用 MDY 或 DMY',
  ],
  [
    '"{v}" has a two-digit year; write the year in full (e.g. 2026)',
    '"{v}" 的年份只有两位；请写完整年份（如 2026）',
  ],
  [
    'year {y#} in "{v}" is out of range (dates must fall in 1900-9999)',
    '"{v}" 中的年份 {y#} 超出范围（日期须在 1900-9999 年之间）',
  ],
  [
    'year {y#} is out of range (dates must fall in 1900-9999)',
    '年份 {y#} 超出范围（日期须在 1900-9999 年之间）',
  ],
  [
    '"{v}" could be {a#} {am~} or {b#} {bm~} {y#}; pass dateOrder MDY or DMY',
    '"{v}" 可能是 {y#} 年 {am~} {a#} 日，也可能是 {y#} 年 {bm~} {b#} 日；请传入 dateOrder MDY 或 DMY',
  ],
  [
    'dates disagree on their order: "{a}" (row {ar#}, {ac}) can only be {ak~} but "{b}" (row {br#}, {bc}) can only be {bk~}; fix the cells or pass dateOrder',
    '日期顺序互相矛盾："{a}"（第 {ar#} 行，{ac}）只能是{ak~}，而 "{b}"（第 {br#} 行，{bc}）只能是{bk~}；请修正单元格或传入 dateOrder',
  ],
  [
    'slash dates such as "{v}" (row {r#}, {c}) could be month/day/year or day/month/year, and no date in the data settles it; pass dateOrder MDY or DMY',
    '"{v}"（第 {r#} 行，{c}）这类斜杠日期可能是月/日/年，也可能是日/月/年，数据中没有日期能确定；请传入 dateOrder MDY 或 DMY',
  ],
  [
    '"{a}" (row {ar#}) and "{b}" (row {br#}) cannot share one decimal mark, and no cell settles which it is; pass decimal "point" or "comma"',
    '"{a}"（第 {ar#} 行）和 "{b}"（第 {br#} 行）不能使用同一种小数点，且没有单元格能确定是哪一种；请传入 decimal "point" 或 "comma"',
  ],
  [
    '"{a}" (row {ar#}) has {am~} but "{b}" (row {br#}) has {bm~}; fix the cells or pass decimal "point" or "comma"',
    '"{a}"（第 {ar#} 行）使用{am~}，而 "{b}"（第 {br#} 行）使用{bm~}；请修正单元格或传入 decimal "point" 或 "comma"',
  ],
  [
    'the stage spans several lines: a quote opened in this row is probably not closed where it should be',
    '阶段跨越多行：本行打开的引号可能没有在应有的位置闭合',
  ],
  ['deal is blank; the row is left out', '交易为空；该行被略过'],
  ['stage is blank; the row is left out', '阶段为空；该行被略过'],
  ['entered date is blank; the row is left out', '进入日期为空；该行被略过'],
  [
    'unknown stage "{v}"; expected one of: {list}; the row is left out',
    '阶段 "{v}" 未知；应为以下之一：{list}；该行被略过',
  ],
];
