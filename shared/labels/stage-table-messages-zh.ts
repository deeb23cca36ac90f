import type { MessageTable } from './message-table';

/**
 * Chinese of the messages about a stage table (shared/stages); part of
 * `MESSAGES_ZH`, kept apart so the add-on can carry these without the rest.
 */
export const STAGE_TABLE_MESSAGES_ZH: MessageTable = [
  ['at least one stage is needed', '至少需要一个阶段'],
  [
    'probability of "{v}" must be between 0 and 1 (got {p})',
    '"{v}" 的成交概率必须在 0 到 1 之间（实际为 {p}）',
  ],
  ['"{v}" names both "{a}" and "{b}"', '"{v}" 同时指向 "{a}" 和 "{b}"'],
  ['stage table header has no "{v}" column', '阶段表表头没有 "{v}" 列'],
  ['the stage table is empty', '阶段表为空'],
  ['stage name is blank', '阶段名称为空'],
  [
    'probability must be between 0 and 1 or 0% and 100% (got "{v}")',
    '成交概率必须在 0 到 1 或 0% 到 100% 之间（实际为 "{v}"）',
  ],
  ['kind must be open, won or lost (got "{v}")', '类型必须是 open、won 或 lost（实际为 "{v}"）'],
  ['average days must be a positive number (got "{v}")', '平均天数必须是正数（实际为 "{v}"）'],
  [
    'forecast must be Commit, Best Case, Pipeline or Upside (got "{v}")',
    '预测类别必须是 Commit、Best Case、Pipeline 或 Upside（实际为 "{v}"）',
  ],
];
