import { type Bilingual, textReader } from './bilingual';
import { SHEET_TEXT } from './sheet-text';

/**
 * Sidebar and menu texts of the Sheets add-on that the shared labels do not
 * already cover (those are used for every playbook word: bands, stages,
 * categories, reasons...): the server side's `SHEET_TEXT` and the texts only
 * the sidebars show. `{name}` marks a value filled in by `addonText`.
 */
export const ADDON_TEXT = {
  ...SHEET_TEXT,
  note: { en: 'Note', zh: '备注' },
  suggestedCategory: { en: 'Suggested forecast category', zh: '建议预测类别' },
  stalledChecklist: { en: 'Stalled-deal checklist', zh: '停滞交易检查清单' },
  checklistOpen: {
    en: '{count} unanswered: each is a risk',
    zh: '{count} 项未确认：每一项都是风险',
  },
  contactsNeeded: { en: 'Contacts needed for this deal size', zh: '此金额所需联系人数' },
  contactsMissing: { en: '{count} more contact(s) needed', zh: '还需 {count} 位联系人' },
  contactsOk: { en: 'Enough contacts engaged', zh: '联系人数量足够' },
  discountCheck: { en: 'Discount check', zh: '折扣检查' },
  noDiscount: { en: 'No discount', zh: '无折扣' },
  reference: { en: 'Playbook reference', zh: '销售手册参考' },
  discoveryQuestions: { en: 'Discovery questions', zh: '挖掘问题' },
  objectionResponses: { en: 'Objection responses (LAER)', zh: '异议处理（LAER）' },
  buyingSignals: { en: 'Buying signals', zh: '购买信号' },
  verbal: { en: 'Verbal', zh: '语言信号' },
  behavioural: { en: 'Behavioural', zh: '行为信号' },
  closingApproaches: { en: 'Closing approaches', zh: '成交方法' },
  discountTree: { en: 'Discount decision tree', zh: '折扣决策树' },
  actionPlan: { en: 'Mutual action plan', zh: '双方行动计划' },
  ifYes: { en: 'If yes', zh: '是' },
  ifNo: { en: 'If no', zh: '否' },
  row: { en: 'Row', zh: '行' },
  writeReviewTab: { en: 'Write a review tab', zh: '写入回顾工作表' },
  reviewWritten: { en: 'Review written to tab "{name}"', zh: '回顾已写入工作表“{name}”' },
  weekOf: { en: 'Week of {date}', zh: '{date} 当周' },
  runAssessment: { en: 'Build the report', zh: '生成报告' },
  progressReading: { en: 'Reading the pipeline…', zh: '正在读取管道…' },
  progressAnalysing: { en: 'Analysing {count} deals…', zh: '正在分析 {count} 笔交易…' },
  progressWorker: { en: 'Asking the analytics service…', zh: '正在请求分析服务…' },
  progressWriting: { en: 'Writing the report tab and charts…', zh: '正在写入报告和图表…' },
  reportWritten: { en: 'Report written to tab "{name}"', zh: '报告已写入工作表“{name}”' },
  columnMapping: { en: 'Column mapping', zh: '列映射' },
  notMapped: { en: '(not in the sheet)', zh: '（表中没有）' },
  detected: { en: 'detected', zh: '自动识别' },
  stageTableHelp: {
    en: 'One stage per line: name, probability, open/won/lost, aliases. Leave empty for the playbook defaults.',
    zh: '每行一个阶段：名称, 概率, open/won/lost, 别名。留空则使用默认阶段。',
  },
  workerUrl: { en: 'Analytics service URL', zh: '分析服务网址' },
  apiKey: { en: 'API key', zh: 'API 密钥' },
  apiKeySaved: { en: 'Saved key ends in {last4}', zh: '已保存的密钥末四位：{last4}' },
  apiKeyNone: { en: 'No key saved', zh: '未保存密钥' },
  apiKeyKeep: { en: 'Leave empty to keep the saved key', zh: '留空则保留已保存的密钥' },
  removeKey: { en: 'Remove saved key', zh: '删除已保存的密钥' },
  settingsSaved: { en: 'Settings saved', zh: '设置已保存' },
  winRateBand: { en: 'Healthy win-rate band', zh: '健康成交率区间' },
  founderLed: { en: 'Founder-led, early (15-25%)', zh: '创始人主导、早期（15-25%）' },
  matureTeam: { en: 'Mature B2B team (20-35%)', zh: '成熟B2B团队（20-35%）' },
  openDealsCount: { en: 'Open deals', zh: '进行中交易' },
  noOpenDeals: { en: 'No open deals', zh: '没有进行中的交易' },
  onlyThisWeek: { en: 'this week', zh: '本周' },
} as const satisfies Record<string, Bilingual>;

/** A key of `ADDON_TEXT`. */
export type AddonTextKey = keyof typeof ADDON_TEXT;

/**
 * An add-on text in the chosen language with its `{name}` placeholders filled.
 *
 * @example
 * addonText('savedRow', 'en', { row: 7 }) // => 'Saved to row 7'
 */
export const addonText = textReader(ADDON_TEXT);
