import { textReader } from '../../../../shared/content/bilingual';
import type { Language } from '../../../../shared/types';

/** Scorecard texts for the buying roles, the mutual action plan and the stage's playbook. */
const SCORECARD_TEXT = {
  roles: { en: 'Buying roles', zh: '采购角色' },
  rolesHint: {
    en: 'Names per role, separated by ";". Saved in the pipeline tab’s "Role: …" columns.',
    zh: '每个角色填写姓名，用“；”分隔。保存在管道表的“角色：…”列中。',
  },
  rolesNeeded: {
    en: 'Still needed for this deal size: {roles}',
    zh: '按此交易金额还需要：{roles}',
  },
  rolesCovered: {
    en: 'Every role this deal size needs is named.',
    zh: '此交易金额所需的角色都已填写。',
  },
  rolePrefix: { en: 'Role: ', zh: '角色：' },
  plan: { en: 'Mutual action plan', zh: '双方行动计划' },
  planHint: {
    en: 'Saved in the "Mutual action plan" tab, one row per deal and step.',
    zh: '保存在“双方行动计划”工作表中，每笔交易的每个步骤一行。',
  },
  planOther: {
    en: 'Other rows of this deal in the tab: {steps}',
    zh: '该工作表中此交易的其他行：{steps}',
  },
  owner: { en: 'Owner', zh: '负责人' },
  date: { en: 'Date', zh: '日期' },
  status: { en: 'Status', zh: '状态' },
  exitCriterion: { en: 'Exit criterion', zh: '推进标准' },
  exitHint: {
    en: 'What the buyer must have done to move on. Edit it in the Stages tab.',
    zh: '买方做到这一点，交易才能推进。可在阶段表中修改。',
  },
  forStage: { en: 'For this stage: {stage}', zh: '本阶段要点：{stage}' },
  discountTree: { en: 'Discount decision tree', zh: '折扣决策树' },
  yes: { en: 'Yes', zh: '是' },
  no: { en: 'No', zh: '否' },
  startAgain: { en: 'Start again', zh: '重新开始' },
  upTo: { en: 'Allowed: up to {max}', zh: '允许：最多 {max}' },
  noneAllowed: { en: 'Allowed: no discount', zh: '允许：不打折' },
  dealFits: { en: 'This deal’s {discount} fits.', zh: '本交易的 {discount} 符合。' },
  dealBreaks: {
    en: 'This deal’s {discount} does not fit this branch.',
    zh: '本交易的 {discount} 不符合这一分支。',
  },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

/** The mutual action plan step statuses, in the order the list offers them. */
export const PLAN_STATUSES = [
  { en: 'Not started', zh: '未开始' },
  { en: 'In progress', zh: '进行中' },
  { en: 'Done', zh: '已完成' },
  { en: 'Blocked', zh: '受阻' },
] as const;

/**
 * A scorecard text in the chosen language with its `{name}` placeholders filled.
 *
 * @example
 * scorecardText('upTo', 'en', { max: '20%' }) // => 'Allowed: up to 20%'
 */
export const scorecardText = textReader(SCORECARD_TEXT);
