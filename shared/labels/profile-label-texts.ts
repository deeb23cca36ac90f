import type {
  AccountTier,
  AntiSignal,
  CadenceChannel,
  Firmographic,
  PainSignal,
  PreciseCriterion,
} from '../types';

/** A key of `PROFILE_LABEL_TEXTS`. */
export type ProfileLabelKey =
  | `touches.${AccountTier}`
  | `firmographic.${Firmographic}`
  | `pain.${PainSignal}`
  | `antiSignal.${AntiSignal}`
  | `precise.${PreciseCriterion}`
  | `channel.${CadenceChannel}`;

/**
 * The account-profile words of the playbook in English and Simplified
 * Chinese, `[en, zh]`: tier touch rhythms, ICP firmographics, pain signals,
 * anti-signals, the marks of a precise customer and outreach channels
 * (§6, §7). Kept apart from `LABEL_TEXTS` because no formula or sidebar of
 * the add-on shows them yet, so Code.js (which Apps Script loads for every
 * formula cell) does not carry them until one does. Read with `profileLabel`.
 */
export const PROFILE_LABEL_TEXTS: Readonly<
  Record<ProfileLabelKey, readonly [en: string, zh: string]>
> = {
  // How often each tier is touched (playbook §6)
  'touches.1': ['2-3 touches a week', '每周触达2-3次'],
  'touches.2': ['Weekly touch', '每周触达一次'],
  'touches.3': ['Twice a month', '每月两次'],
  'touches.new': ['Answer within 1 hour', '1小时内回复'],

  // What an ideal customer profile names (playbook §6)
  'firmographic.industry': ['Industry', '行业'],
  'firmographic.employees': ['Employees', '员工人数'],
  'firmographic.revenue': ['Revenue', '营收'],
  'firmographic.region': ['Region', '地区'],
  'firmographic.techStack': ['Tech stack', '技术栈'],
  'firmographic.growthStage': ['Growth stage', '发展阶段'],

  // Pain signals (playbook §6)
  'pain.hiring': ['Hiring for the role', '正在招聘相关岗位'],
  'pain.newTool': ['New tool adopted', '采用了新工具'],
  'pain.newExecutive': ['New executive', '新任高管'],
  'pain.regulatoryDeadline': ['Regulatory deadline', '监管截止日期'],
  'pain.publicStatement': ['Public statement', '公开表态'],

  // Anti-signals (playbook §6)
  'antiSignal.tooSmall': ['Under 20 employees', '员工少于20人'],
  'antiSignal.noBudget': ['No budget', '没有预算'],
  'antiSignal.incompatibleStack': ['Incompatible tech stack', '技术栈不兼容'],
  'antiSignal.committeeAtLowDealSize': [
    'Committee decision at a low deal size',
    '金额小却需委员会决策',
  ],

  // The marks of a precise customer (playbook §6)
  'precise.need': ['Real need', '真实需求'],
  'precise.keyPerson': ['Key person (the signer) identified', '已找到关键人（最终签字的人）'],
  'precise.abilityToPay': ['Ability to pay', '支付能力'],

  // Outreach channels (playbook §7)
  'channel.email': ['Email', '邮件'],
  'channel.linkedin': ['LinkedIn', '领英'],
  'channel.call': ['Call', '电话'],
};
