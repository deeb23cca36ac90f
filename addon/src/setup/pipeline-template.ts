/**
 * The columns of a new pipeline tab. Input columns come first (A-Z) so the
 * risk formulas can read them as one range; computed columns follow, each a
 * single formula in row 2 (or row 1 for the risk columns, which read the
 * header) that spills down the whole column.
 */
export const PIPELINE_INPUT_HEADERS = [
  'Deal ID',
  'Deal',
  'Account',
  'Owner',
  'Stage',
  'Amount',
  'Created',
  'Close date',
  'Stage entered',
  'Last activity',
  'Next step',
  'Next step date',
  'Contacts',
  'Discount',
  'Metrics',
  'Economic buyer',
  'Decision criteria',
  'Decision process',
  'Paper process',
  'Identify pain',
  'Champion',
  'Competition',
  'Checklist',
  'Source',
  'Loss reason',
  'Lost at stage',
] as const;

/**
 * The same columns, in the same order, for a pipeline tab set up in Chinese:
 * each header is one the shared ingestion reads (deal-column-aliases), so the
 * formulas and sidebars find every column in either language.
 */
export const PIPELINE_INPUT_HEADERS_ZH: readonly string[] = [
  '交易编号',
  '交易名称',
  '客户',
  '负责人',
  '阶段',
  '金额',
  '创建日期',
  '预计成交日期',
  '进入阶段日期',
  '最后活动日期',
  '下一步',
  '下一步日期',
  '联系人数',
  '折扣',
  '量化指标',
  '经济买家',
  '决策标准',
  '决策流程',
  '采购流程',
  '痛点',
  '内部支持者',
  '竞争',
  '检查清单',
  '来源',
  '输单原因',
  '输单阶段',
];
