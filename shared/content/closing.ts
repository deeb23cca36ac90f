import type { Bilingual } from './bilingual';

/** A buying signal, verbal (what the buyer says) or behavioural (what the buyer does). */
export interface BuyingSignal {
  readonly kind: 'verbal' | 'behavioural';
  readonly text: Bilingual;
}

/** One way to ask for the decision (playbook §10). */
export interface ClosingApproach {
  readonly approach: 'summary' | 'nextStep' | 'assumptive' | 'pilot';
  readonly title: Bilingual;
  readonly when: Bilingual;
  readonly example: Bilingual;
}

/** Buying signals worth acting on (playbook §10). */
export const BUYING_SIGNALS: readonly BuyingSignal[] = [
  {
    kind: 'verbal',
    text: { en: 'Asks about implementation time or onboarding.', zh: '询问实施周期或上线培训。' },
  },
  {
    kind: 'verbal',
    text: {
      en: 'Asks about contract terms, payment or renewal.',
      zh: '询问合同条款、付款方式或续约。',
    },
  },
  {
    kind: 'verbal',
    text: {
      en: 'Talks in “when we use it” rather than “if”.',
      zh: '说“等我们用上以后”，而不是“如果”。',
    },
  },
  {
    kind: 'verbal',
    text: {
      en: 'Asks for references from similar companies.',
      zh: '要求提供同类公司的客户案例或推荐人。',
    },
  },
  {
    kind: 'behavioural',
    text: {
      en: 'Brings new people, especially the economic buyer, to meetings.',
      zh: '带新的人参加会议，尤其是经济买家。',
    },
  },
  {
    kind: 'behavioural',
    text: {
      en: 'Shares internal data, process documents or the budget.',
      zh: '分享内部数据、流程文档或预算信息。',
    },
  },
  {
    kind: 'behavioural',
    text: {
      en: 'Starts security or procurement review unprompted.',
      zh: '主动启动安全审查或采购流程。',
    },
  },
  {
    kind: 'behavioural',
    text: { en: 'Answers quickly and keeps agreed dates.', zh: '回复迅速，并遵守约定的时间。' },
  },
];

/** Closing approaches (playbook §10). */
export const CLOSING_APPROACHES: readonly ClosingApproach[] = [
  {
    approach: 'summary',
    title: { en: 'Summary close', zh: '总结式成交' },
    when: {
      en: 'The buyer agreed the pain, value and fit along the way.',
      zh: '买方已在过程中认可了痛点、价值和匹配度。',
    },
    example: {
      en: '"You need X by June, it costs you Y a month today, and we showed Z. Shall we start the paperwork?"',
      zh: '“你们需要在6月前实现X，现在每月损失Y，我们也演示了Z。我们开始走合同流程吧？”',
    },
  },
  {
    approach: 'nextStep',
    title: { en: 'Next-step close', zh: '下一步式成交' },
    when: {
      en: 'The decision is not today, but momentum must not stop.',
      zh: '今天不会做决定，但不能让推进停下来。',
    },
    example: {
      en: '"Can we book the security review with your IT lead for Thursday?"',
      zh: '“我们能不能把和你们IT负责人的安全审查约在周四？”',
    },
  },
  {
    approach: 'assumptive',
    title: { en: 'Assumptive close', zh: '假定式成交' },
    when: {
      en: 'Strong buying signals and a confirmed economic buyer.',
      zh: '购买信号强烈，且经济买家已确认。',
    },
    example: {
      en: '"Which start date works better for your team, the 1st or the 15th?"',
      zh: '“1号和15号，哪个启动日期对你们团队更合适？”',
    },
  },
  {
    approach: 'pilot',
    title: { en: 'Pilot close', zh: '试点式成交' },
    when: {
      en: 'Risk is the last objection and success can be measured within 14 days, against a target agreed in writing first.',
      zh: '风险是最后的顾虑，且效果能在14天内衡量；先书面约定目标。',
    },
    example: {
      en: '"Let us run a 14-day pilot on one team; if it hits the target we agreed, we roll out."',
      zh: '“我们先在一个团队试点14天，达到约定目标就全面推广。”',
    },
  },
];
