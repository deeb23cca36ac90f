import type { DiscountQuestion } from '../risk/discount-decision';
import type { Bilingual } from './bilingual';

/** One question of the discount decision tree and what each answer leads to. */
export interface DiscountStep {
  readonly id: DiscountQuestion;
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
 * The discount decision tree (playbook §5 and §10), the questions in the
 * order `discountDecision` asks them: budget? → strategic account? →
 * competitive pressure? Every discount it allows stays at or below 20% and
 * is traded for something, never given. The playbook names the questions
 * and the two rules; the advice at each leaf is written from those rules.
 */
export const DISCOUNT_DECISION_TREE: readonly DiscountStep[] = [
  {
    id: 'budget',
    question: {
      en: 'Does the buyer have the budget for this deal?',
      zh: '买方是否有这笔交易的预算？',
    },
    yes: { en: 'Next: is it a strategic account?', zh: '下一步：是否战略客户？' },
    no: {
      en: 'No discount: a discount does not create a budget. Re-scope, phase the roll-out or plan for the next budget cycle.',
      zh: '不打折：折扣变不出预算。缩小范围、分阶段上线，或规划进下一个预算周期。',
    },
  },
  {
    id: 'strategic',
    question: {
      en: 'Is it a strategic account (a tier-1 logo that opens a market or a reference)?',
      zh: '是否战略客户（能打开市场或成为标杆的一级客户）？',
    },
    yes: {
      en: 'A discount up to 20% is possible, traded for an annual commitment, a case study or a referral.',
      zh: '可给不超过20%的折扣，换取年度承诺、案例研究或转介绍。',
    },
    no: { en: 'Next: is there competitive pressure?', zh: '下一步：是否有竞争压力？' },
  },
  {
    id: 'competitivePressure',
    question: {
      en: 'Is a competitor in the deal, pressing on price?',
      zh: '是否有竞争对手参与，并在价格上施压？',
    },
    yes: {
      en: 'Sell the value difference first; if still needed, up to 20%, traded for a signed date or an annual commitment.',
      zh: '先讲清价值差异；仍需让步时，最多20%，换取确定的签约日期或年度承诺。',
    },
    no: {
      en: 'Hold the price: no discount. Offer payment terms or scope instead.',
      zh: '坚持价格：不打折。可以改为调整付款条件或范围。',
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
