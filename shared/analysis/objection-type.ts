/** Objection types of the playbook (§9, §10). */
export type ObjectionType = 'price' | 'timing' | 'authority' | 'statusQuo';

// Checked in this order, first match wins: "no decision maker" is authority
// before "no decision" can make it status quo.
const KEYWORDS: readonly (readonly [ObjectionType, readonly string[]])[] = [
  [
    'authority',
    [
      'decision maker',
      'decision-maker',
      'authority',
      'approval',
      'approve',
      'sign-off',
      'sign off',
      'signoff',
      'buy-in',
      'committee',
      '决策',
      '审批',
      '批准',
      '拍板',
      '签字',
    ],
  ],
  [
    'statusQuo',
    [
      'status quo',
      'no change',
      'no decision',
      'do nothing',
      'did nothing',
      'current solution',
      'current vendor',
      'in-house',
      'in house',
      'stay with',
      'stayed with',
      'not a priority',
      '现状',
      '维持',
      '不变',
      '自研',
      '自建',
    ],
  ],
  [
    'price',
    [
      'price',
      'pricing',
      'budget',
      'cost',
      'expensive',
      'too high',
      'afford',
      'discount',
      'cheaper',
      '价格',
      '预算',
      '太贵',
      '贵',
      '成本',
      '费用',
      '报价',
    ],
  ],
  [
    'timing',
    [
      'timing',
      'later',
      'next year',
      'next quarter',
      'not now',
      'not the right time',
      'bad time',
      'delay',
      'postpone',
      'on hold',
      'freeze',
      '时机',
      '时间',
      '明年',
      '下季度',
      '推迟',
      '延期',
      '以后',
      '暂停',
    ],
  ],
];

/**
 * The objection type behind a loss reason (playbook §9 question 5), by
 * keywords in English and Chinese, case-insensitive:
 * - authority: decision maker, authority, approval, sign-off, committee, 决策, 审批, 批准, 拍板;
 * - status quo: status quo, no change, no decision, do nothing, current solution, in-house, 现状, 维持, 不变;
 * - price: price, budget, cost, expensive, too high, afford, discount, 价格, 预算, 贵, 成本, 费用;
 * - timing: timing, later, next year/quarter, not now, delay, postpone, on hold, 时机, 时间, 明年, 推迟.
 * The first type whose keyword appears wins, in the order above.
 *
 * @param reason - a loss reason as typed
 * @returns the type, or `null` when no keyword matches
 * @example
 * objectionType('Budget cut') // => 'price'
 * objectionType('没有找到决策人') // => 'authority'
 */
export function objectionType(reason: string): ObjectionType | null {
  const text = reason.toLowerCase();
  for (const [type, words] of KEYWORDS) {
    for (const word of words) {
      if (text.includes(word)) return type;
    }
  }
  return null;
}
