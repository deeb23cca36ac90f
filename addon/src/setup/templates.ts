import { label } from '../../../shared/index';
import { PROCESS_SKILLS, type ProcessSkill } from '../../../shared/self-improvement/process-skills';
import type { AccountTier, Language } from '../../../shared/types';

/**
 * How a template column is checked and shown: `t` text, `d` date, `n` a
 * count (≥ 0), `w` working days (0.5-7), `p` a share 0-100%, `s` a 1-5
 * self-score, `l` one of the column's list words.
 */
export type ColumnKind = 't' | 'd' | 'n' | 'w' | 'p' | 's' | 'l';

/** One column: key, English header, Chinese header, kind, and for `l` the words per language. */
export type TemplateColumn = readonly [
  key: string,
  en: string,
  zh: string,
  kind: ColumnKind,
  words?: Readonly<Record<Language, readonly string[]>>,
];

/** A tab the set-up sidebar adds and the monthly report reads. */
export interface Template {
  /** Tab name, the set-up sidebar's button and what the tab is for, per language. */
  readonly name: Readonly<Record<Language, string>>;
  readonly menu: Readonly<Record<Language, string>>;
  readonly about: Readonly<Record<Language, string>>;
  readonly columns: readonly TemplateColumn[];
  /** Keys whose headers mark a tab as this template's (every one must be there). */
  readonly required: readonly string[];
}

/** The six process skills (playbook §9) as the win/loss tab's headers and the report name them. */
export const SKILL_NAMES: Readonly<Record<Language, Readonly<Record<ProcessSkill, string>>>> = {
  en: {
    prospecting: 'Prospecting',
    discovery: 'Discovery',
    demo: 'Demo',
    objectionHandling: 'Objection handling',
    closing: 'Closing',
    relationship: 'Relationship',
  },
  zh: {
    prospecting: '客户开发',
    discovery: '需求挖掘',
    demo: '产品演示',
    objectionHandling: '异议处理',
    closing: '促成交易',
    relationship: '客户关系',
  },
};

const FITS = ['full', 'partial', 'none'] as const;
/** Account tiers in the order of the dropdown (playbook §6). */
export const TIERS: readonly AccountTier[] = [1, 2, 3, 'new'];
const both = (key: (l: Language) => string[]) => ({ en: key('en'), zh: key('zh') });

/** Accounts and territory (playbook §6): what the monthly territory review reads. */
export const ACCOUNTS: Template = {
  name: { en: 'Accounts', zh: '客户' },
  menu: { en: 'Add an accounts tab', zh: '添加客户表' },
  about: {
    en: 'One row per account: tier, ICP fit, visible pain, last touch. The monthly report reviews the territory from it: coverage per tier, tier 1 above 80%, tier-3 accounts idle 90 days to drop, accounts to re-tier.',
    zh: '每行一个客户：等级、ICP 匹配度、可见痛点、最近触达。月度报告据此做区域回顾：各等级覆盖率、一级客户须高于 80%、90 天未触达的三级客户剔除、需要重新分级的客户。',
  },
  required: ['account', 'tier', 'lastTouch'],
  columns: [
    ['account', 'Account', '客户', 't'],
    ['tier', 'Tier', '客户等级', 'l', both((l) => TIERS.map((t) => label(`tier.${t}`, l)))],
    ['icpFit', 'ICP fit', 'ICP 匹配度', 'l', both((l) => FITS.map((f) => label(`fit.${f}`, l)))],
    [
      'visiblePain',
      'Visible pain',
      '可见痛点',
      'l',
      both((l) => [label('yes', l), label('no', l)]),
    ],
    ['owner', 'Owner', '负责人', 't'],
    ['lastTouch', 'Last touch', '最近触达', 'd'],
    ['touches', 'Touches (30 days)', '触达次数（30天）', 'n'],
  ],
};

/** Activity (playbook §8): one row per rep per week (5 days) or per day (1). */
export const ACTIVITY: Template = {
  name: { en: 'Activity', zh: '活动' },
  menu: { en: 'Add an activity tab', zh: '添加活动表' },
  about: {
    en: 'One row per rep per week (Days worked 5) or per day (1): emails, calls, meetings, discovery calls, demos, proposals and the share of time on self-generated pipeline. The monthly report sets the month against the targets.',
    zh: '每位销售每周一行（工作天数填 5）或每天一行（填 1）：邮件、电话、会议、需求挖掘通话、演示、提案，以及投入自主开发管道的时间占比。月度报告将当月数据与目标对比。',
  },
  required: ['rep', 'date', 'days'],
  columns: [
    ['rep', 'Rep', '销售代表', 't'],
    ['date', 'Week of', '所在周', 'd'],
    ['days', 'Days worked', '工作天数', 'w'],
    ...(['emails', 'calls', 'meetings', 'discoveryCalls', 'demos', 'proposals'] as const).map(
      (m): TemplateColumn => [m, label(`metric.${m}`, 'en'), label(`metric.${m}`, 'zh'), 'n'],
    ),
    ['selfGeneratedShare', 'Self-generated %', '自主开发占比', 'p'],
  ],
};

/** Win/loss record of a closed deal (playbook §9), with the six 1-5 process self-scores. */
export const WIN_LOSS: Template = {
  name: { en: 'Win-Loss', zh: '输赢分析' },
  menu: { en: 'Add a win/loss tab', zh: '添加输赢分析表' },
  about: {
    en: 'One row per closed deal: outcome, reasons, competitor, what worked, what did not, the lesson, and a 1-5 self-score for six skills. The monthly report lists win reasons and notes and sets each self-score next to its outcome.',
    zh: '每笔已结束交易一行：结果、原因、竞争对手、有效做法、无效做法、经验教训，以及六项技能 1-5 分的自评。月度报告列出赢单原因与做法，并把每项自评与对应结果并列。',
  },
  required: ['outcome', 'closeDate'],
  columns: [
    ['dealId', 'Deal ID', '交易编号', 't'],
    ['deal', 'Deal', '交易', 't'],
    ['account', 'Account', '客户', 't'],
    ['outcome', 'Outcome', '结果', 'l', both((l) => [label('won', l), label('lost', l)])],
    ['amount', 'Amount', '金额', 'n'],
    ['closeDate', 'Close date', '成交日期', 'd'],
    ['cycleDays', 'Cycle days', '周期天数', 'n'],
    ['reason', 'Primary reason', '主要原因', 't'],
    ['reason2', 'Secondary reason', '次要原因', 't'],
    ['competitor', 'Competitor', '竞争对手', 't'],
    ['worked', 'What worked', '有效做法', 't'],
    ['didNot', 'What did not', '无效做法', 't'],
    ['lesson', 'Lesson', '经验教训', 't'],
    ...PROCESS_SKILLS.map((s): TemplateColumn => [s, SKILL_NAMES.en[s], SKILL_NAMES.zh[s], 's']),
  ],
};
