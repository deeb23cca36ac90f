import type { Bilingual } from './bilingual';

/** The five kinds of discovery question (playbook §10). */
export type DiscoveryCategory = 'currentState' | 'pain' | 'impact' | 'needPayoff' | 'buyingProcess';

/** One group of discovery questions, with its heading. */
export interface DiscoveryGroup {
  readonly category: DiscoveryCategory;
  readonly title: Bilingual;
  readonly questions: readonly Bilingual[];
}

/**
 * Discovery questions by category (playbook §10), in the order a discovery
 * call usually runs: how things work today, what hurts, what it costs, what
 * fixing it is worth, and how the buyer will decide.
 *
 * @example
 * DISCOVERY_QUESTIONS[0].category // => 'currentState'
 */
export const DISCOVERY_QUESTIONS: readonly DiscoveryGroup[] = [
  {
    category: 'currentState',
    title: { en: 'Current state', zh: '现状' },
    questions: [
      {
        en: 'Walk me through how your team handles this today, step by step.',
        zh: '请一步一步讲讲你们团队现在是怎么处理这件事的。',
      },
      {
        en: 'Which tools and people are involved, and who owns the result?',
        zh: '涉及哪些工具和人员？最终结果由谁负责？',
      },
      {
        en: 'What have you already tried to improve it?',
        zh: '你们之前尝试过哪些改进办法？',
      },
    ],
  },
  {
    category: 'pain',
    title: { en: 'Pain', zh: '痛点' },
    questions: [
      {
        en: 'Where does the current way break down or slow you down most?',
        zh: '现在的做法在哪个环节最容易出问题或拖慢进度？',
      },
      {
        en: 'How often does that happen, and who feels it first?',
        zh: '这种情况多久发生一次？谁最先受到影响？',
      },
      {
        en: 'Why is this a priority now rather than next year?',
        zh: '为什么现在要解决，而不是明年？',
      },
    ],
  },
  {
    category: 'impact',
    title: { en: 'Impact', zh: '影响' },
    questions: [
      {
        en: 'What does this problem cost you in money, time or missed revenue each month?',
        zh: '这个问题每个月让你们损失多少钱、时间或收入？',
      },
      {
        en: 'What happens if nothing changes in the next six months?',
        zh: '如果未来六个月什么都不改变，会发生什么？',
      },
      {
        en: 'Who else in the company is affected, and how?',
        zh: '公司里还有谁受到影响？影响是什么？',
      },
    ],
  },
  {
    category: 'needPayoff',
    title: { en: 'Need-payoff', zh: '需求与回报' },
    questions: [
      {
        en: 'If this were solved, what would you do with the time or money saved?',
        zh: '如果这个问题解决了，节省下来的时间或资金你们会用来做什么？',
      },
      { en: 'How would you measure that it worked?', zh: '你们会用什么指标来衡量是否成功？' },
      { en: 'What would that mean for you personally?', zh: '这对你个人来说意味着什么？' },
    ],
  },
  {
    category: 'buyingProcess',
    title: { en: 'Buying process', zh: '采购流程' },
    questions: [
      {
        en: 'Who signs off on a decision like this, and who else has a say?',
        zh: '这类决定由谁最终拍板？还有谁有发言权？',
      },
      {
        en: 'What steps does a purchase go through: security, legal, procurement?',
        zh: '采购需要经过哪些步骤：安全审查、法务、采购部门？',
      },
      {
        en: 'Is there a date by which this has to be in place, and what drives it?',
        zh: '有没有必须上线的日期？是什么原因决定的？',
      },
      {
        en: 'How is budget set aside for this, and is it approved?',
        zh: '这项预算是怎么安排的？已经批准了吗？',
      },
    ],
  },
];
