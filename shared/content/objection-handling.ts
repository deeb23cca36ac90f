import type { ObjectionType } from '../analysis/objection-type';
import { LABELS_EN } from '../labels/labels-en';
import { LABELS_ZH } from '../labels/labels-zh';
import type { Bilingual } from './bilingual';

export type { ObjectionType };

/** The four LAER steps (playbook §10): listen, acknowledge, explore, respond. */
export interface LaerStep {
  readonly step: 'listen' | 'acknowledge' | 'explore' | 'respond';
  readonly title: Bilingual;
  readonly how: Bilingual;
}

/** Responses to one type of objection. */
export interface ObjectionResponses {
  readonly type: ObjectionType;
  readonly title: Bilingual;
  /** What the buyer typically says. */
  readonly sounds: Bilingual;
  /** A question to explore what is behind it. */
  readonly explore: Bilingual;
  /** Ways to respond once the real concern is known. */
  readonly responses: readonly Bilingual[];
}

/** The LAER method (playbook §10), one step at a time. */
export const LAER_STEPS: readonly LaerStep[] = [
  {
    step: 'listen',
    title: { en: 'Listen', zh: '倾听' },
    how: {
      en: 'Let the buyer finish. Do not answer the first sentence; take notes on the exact words.',
      zh: '让买方把话说完。不要急于回应第一句话，记下对方的原话。',
    },
  },
  {
    step: 'acknowledge',
    title: { en: 'Acknowledge', zh: '认可' },
    how: {
      en: 'Show you heard it without agreeing or arguing: "That is a fair thing to check."',
      zh: '表示你听到了，既不附和也不争辩：“这个问题确实值得确认。”',
    },
  },
  {
    step: 'explore',
    title: { en: 'Explore', zh: '探究' },
    how: {
      en: 'Ask what is behind it before answering. The first objection is rarely the real one.',
      zh: '先问清楚背后的原因再回答。第一个异议往往不是真正的顾虑。',
    },
  },
  {
    step: 'respond',
    title: { en: 'Respond', zh: '回应' },
    how: {
      en: 'Answer the real concern with evidence, then check: "Does that address it?"',
      zh: '用事实回应真正的顾虑，然后确认：“这样能解决您的顾虑吗？”',
    },
  },
];

/** Responses by objection type (playbook §10). */
/**
 * An objection type's name in both languages, from the shared labels. Its
 * calls below are marked pure, so a bundle that uses none of this content
 * (the add-on's server code) leaves the whole table out.
 */
const objectionTitle = (type: ObjectionType) => ({
  en: LABELS_EN[`objection.${type}`],
  zh: LABELS_ZH[`objection.${type}`],
});

export const OBJECTION_RESPONSES: readonly ObjectionResponses[] = [
  {
    type: 'price',
    title: /* @__PURE__ */ objectionTitle('price'),
    sounds: { en: '"It is too expensive." "We have no budget."', zh: '“太贵了。”“我们没有预算。”' },
    explore: {
      en: 'Too expensive compared with what: another offer, the budget, or the value you expect?',
      zh: '和什么相比太贵：别家报价、预算，还是预期的价值？',
    },
    responses: [
      {
        en: 'Go back to the cost of the problem the buyer put a number on, and compare it with the price.',
        zh: '回到买方自己量化过的问题成本，与价格进行对比。',
      },
      {
        en: 'Change the scope or phasing rather than the price; a discount is only traded for something.',
        zh: '调整范围或分阶段实施，而不是降价；折扣只能用来交换对等条件。',
      },
      {
        en: 'If the budget is the issue, ask who owns the budget and when the next cycle opens.',
        zh: '如果是预算问题，问清楚预算由谁掌握、下一个预算周期何时开始。',
      },
    ],
  },
  {
    type: 'timing',
    title: /* @__PURE__ */ objectionTitle('timing'),
    sounds: { en: '"Not now." "Come back next quarter."', zh: '“现在不是时候。”“下个季度再说。”' },
    explore: {
      en: 'What has to happen first, and what does waiting a quarter cost you?',
      zh: '需要先完成什么？推迟一个季度会让你们损失什么？',
    },
    responses: [
      {
        en: 'Put the cost of inaction for the delay in numbers the buyer agrees with.',
        zh: '把推迟带来的不作为成本量化，并与买方确认。',
      },
      {
        en: 'Tie the start to the buyer’s own deadline or compelling event.',
        zh: '把启动时间和买方自己的截止日期或关键事件挂钩。',
      },
      {
        en: 'If the delay is real, agree a dated next step now instead of an open follow-up.',
        zh: '如果确实需要推迟，现在就约定一个有日期的下一步，而不是笼统的“再联系”。',
      },
    ],
  },
  {
    type: 'authority',
    title: /* @__PURE__ */ objectionTitle('authority'),
    sounds: { en: '"I need to check with my boss."', zh: '“我需要和领导商量一下。”' },
    explore: {
      en: 'Who else will weigh in, and what will they want to see?',
      zh: '还有谁会参与决策？他们最关心什么？',
    },
    responses: [
      {
        en: 'Offer to build the business case together for the economic buyer.',
        zh: '主动提出和对方一起为经济买家准备商业论证。',
      },
      {
        en: 'Ask for a short meeting with the economic buyer, with your champion in the room.',
        zh: '请求与经济买家开一次简短会议，并让内部支持者一同参加。',
      },
      {
        en: 'Map the decision process: who signs, who can veto, in what order.',
        zh: '梳理决策流程：谁签字、谁有否决权、先后顺序如何。',
      },
    ],
  },
  {
    type: 'statusQuo',
    title: /* @__PURE__ */ objectionTitle('statusQuo'),
    sounds: { en: '"What we have works fine."', zh: '“我们现在的方式挺好的。”' },
    explore: {
      en: 'What would have to be true for you to change how you do this?',
      zh: '在什么情况下你们会考虑改变现在的做法？',
    },
    responses: [
      {
        en: 'Share how a similar customer found a cost they had not counted.',
        zh: '分享一个类似客户发现隐性成本的案例。',
      },
      {
        en: 'Offer a small, low-risk pilot with success criteria agreed up front.',
        zh: '提出一个小规模、低风险的试点，并事先约定成功标准。',
      },
      {
        en: 'If there is truly no pain, qualify out and move the account to tier 3.',
        zh: '如果确实没有痛点，就果断放弃，把该客户调整为三级客户。',
      },
    ],
  },
];
