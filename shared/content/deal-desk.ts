import type { Bilingual } from './bilingual';

/** One question of the discount decision tree and what each answer leads to. */
export interface DiscountStep {
  readonly question: Bilingual;
  readonly yes: Bilingual;
  readonly no: Bilingual;
}

/** One step of a mutual action plan (playbook §10). */
export interface ActionPlanStep {
  readonly step:
    | 'technicalDeepDive'
    | 'securityReview'
    | 'businessCase'
    | 'proposal'
    | 'legal'
    | 'signature'
    | 'kickoff';
  readonly title: Bilingual;
  /** Who usually owns the step. */
  readonly owner: Bilingual;
}

/**
 * The discount decision tree (playbook §5 and §10): a discount is never above
 * 20% and is always traded for something.
 */
export const DISCOUNT_DECISION_TREE: readonly DiscountStep[] = [
  {
    question: {
      en: 'Has the buyer confirmed the value and the economic buyer?',
      zh: '买方是否已认可价值，并确认了经济买家？',
    },
    yes: { en: 'Go on.', zh: '继续。' },
    no: {
      en: 'No discount yet: a price talk this early is a value problem.',
      zh: '暂不打折：这么早谈价格，说明价值还没讲透。',
    },
  },
  {
    question: { en: 'Is the request above 20%?', zh: '要求的折扣是否超过20%？' },
    yes: {
      en: 'Decline: 20% is the ceiling on any deal.',
      zh: '拒绝：任何交易的折扣上限都是20%。',
    },
    no: { en: 'Go on.', zh: '继续。' },
  },
  {
    question: { en: 'Will the buyer give something back?', zh: '买方是否愿意给出交换条件？' },
    yes: {
      en: 'Trade it: annual commitment, case study, referral or a signed date.',
      zh: '做交换：年度承诺、案例研究、转介绍或确定的签约日期。',
    },
    no: {
      en: 'Hold the price; offer scope or phasing instead.',
      zh: '坚持价格；改为调整范围或分阶段实施。',
    },
  },
];

/** Mutual action plan steps in the usual order (playbook §10). */
export const MUTUAL_ACTION_PLAN: readonly ActionPlanStep[] = [
  {
    step: 'technicalDeepDive',
    title: { en: 'Technical deep-dive', zh: '技术深度交流' },
    owner: { en: 'Technical evaluator + sales engineer', zh: '技术评估人 + 售前工程师' },
  },
  {
    step: 'securityReview',
    title: { en: 'Security review', zh: '安全审查' },
    owner: { en: 'Buyer IT / security', zh: '买方IT/安全团队' },
  },
  {
    step: 'businessCase',
    title: { en: 'Business case to the economic buyer', zh: '向经济买家汇报商业论证' },
    owner: { en: 'Champion + seller', zh: '内部支持者 + 销售' },
  },
  { step: 'proposal', title: { en: 'Proposal', zh: '提案' }, owner: { en: 'Seller', zh: '销售' } },
  {
    step: 'legal',
    title: { en: 'Legal and procurement', zh: '法务与采购' },
    owner: { en: 'Buyer legal / procurement', zh: '买方法务/采购' },
  },
  {
    step: 'signature',
    title: { en: 'Signature', zh: '签约' },
    owner: { en: 'Economic buyer', zh: '经济买家' },
  },
  {
    step: 'kickoff',
    title: { en: 'Kickoff', zh: '项目启动' },
    owner: { en: 'Customer success + champion', zh: '客户成功 + 内部支持者' },
  },
];
