import type { Bilingual } from './bilingual';

/** The playbook stage a piece of content belongs to (the default stage names, playbook §1). */
export type PlaybookStage =
  | 'Prospecting'
  | 'Discovery'
  | 'Evaluation'
  | 'Proposal'
  | 'Negotiation'
  | 'Closed Won'
  | 'Closed Lost';

/** A titled group of lines inside a topic (a template, a reply, a list). */
export interface TopicBlock {
  readonly heading?: Bilingual;
  readonly lines: readonly Bilingual[];
}

/** One piece of playbook content the scorecard shows next to a deal. */
export interface PlaybookTopic {
  readonly id:
    | 'preciseCustomers'
    | 'conversionPrinciples'
    | 'coldEmails'
    | 'callScript'
    | 'discoveryCall'
    | 'reverseChallenge'
    | 'demoFramework'
    | 'negotiationRules'
    | 'urgencyTactics'
    | 'handOff'
    | 'upsell';
  readonly title: Bilingual;
  /** The stages at which the topic is shown open, next to the deal. */
  readonly stages: readonly PlaybookStage[];
  readonly intro?: Bilingual;
  readonly blocks: readonly TopicBlock[];
}

// Where the playbook states a piece (precise customers and their sources, §6;
// the outreach days, §7; the 20% ceiling and the trade, §5; the checklist
// items that make urgency, §5) the text follows it. The ability-to-pay
// breakdown, the six conversion principles, the email and call wording, the
// discovery call's agenda, the reverse challenge, the demo framework, the
// negotiation rules beyond §5, the urgency tactics, the hand-off and the
// upsell triggers and don'ts are short faithful versions written here, since
// the playbook names them without spelling them out.

/** Playbook content by topic, in the order a deal meets them. */
export const DEAL_PLAYBOOK: readonly PlaybookTopic[] = [
  {
    id: 'preciseCustomers',
    title: { en: 'Precise customers', zh: '精准客户' },
    stages: ['Prospecting', 'Discovery'],
    intro: {
      en: 'A precise customer has all three: a real need, the true key person (the one who finally signs) identified, and the ability to pay.',
      zh: '精准客户三者兼备：真实需求、找到真正的关键人（最终签字的人）、有支付能力。',
    },
    blocks: [
      {
        heading: { en: 'Four best sources', zh: '四个最佳来源' },
        lines: [
          { en: 'A competitor’s customers.', zh: '竞争对手的客户。' },
          {
            en: 'Referrals: ask every happy customer for 2-3 names.',
            zh: '转介绍：向每个满意的客户要 2-3 个名字。',
          },
          {
            en: 'Partners who sell to the same buyer.',
            zh: '面向同一买家销售的合作伙伴。',
          },
          { en: 'The top 20 companies of the industry.', zh: '行业前 20 名的公司。' },
        ],
      },
      {
        heading: { en: 'Ability to pay, broken down', zh: '支付能力拆解' },
        lines: [
          {
            en: 'Budget: is there a budget line for this, and how large?',
            zh: '预算：是否有对应的预算科目？金额多少？',
          },
          {
            en: 'Cash timing: when can money actually leave (fiscal year, payment cycle)?',
            zh: '付款时间：钱实际什么时候能付出（财年、付款周期）？',
          },
          {
            en: 'Price accepted: has the buyer heard our price range and stayed?',
            zh: '价格接受度：买方听过我们的价格区间后是否仍在推进？',
          },
          {
            en: 'Value seen: does the buyer see value clearly above the price?',
            zh: '价值认知：买方是否认为价值明显高于价格？',
          },
          {
            en: 'Willing vs able: wanting to pay is not being able to; check both.',
            zh: '愿意付与付得起：愿意付不等于付得起，两者都要核实。',
          },
        ],
      },
    ],
  },
  {
    id: 'conversionPrinciples',
    title: { en: 'Six principles for converting prospects', zh: '潜在客户转化六原则' },
    stages: ['Prospecting'],
    blocks: [
      {
        lines: [
          {
            en: 'Qualify before you pitch: need, key person, ability to pay.',
            zh: '先判断再推销：需求、关键人、支付能力。',
          },
          {
            en: 'Lead with their pain and its cost, not with the product.',
            zh: '从对方的痛点和代价谈起，而不是从产品谈起。',
          },
          {
            en: 'Give something of value in every touch: an insight, a number, a peer’s result.',
            zh: '每次触达都给出价值：一个洞察、一个数据、一个同行的成果。',
          },
          {
            en: 'End every contact with a next step and a date.',
            zh: '每次接触都以下一步和日期结束。',
          },
          {
            en: 'Reach the key person early and go multi-threaded.',
            zh: '尽早接触关键人，做到多线程。',
          },
          {
            en: 'Drop fast: no need, no key person or no money means tier 3 and a retry in 90 days.',
            zh: '及时放手：没有需求、没有关键人或没有钱，就降为三级客户，90 天后再试。',
          },
        ],
      },
    ],
  },
  {
    id: 'coldEmails',
    title: { en: 'Cold email templates', zh: '陌生开发邮件模板' },
    stages: ['Prospecting'],
    intro: {
      en: 'Tier-1 sequence (§7): day 1 personalised email, day 3 value email, day 7 call with a voicemail follow-up email. Any reply stops the sequence; at most one email a day.',
      zh: '一级客户序列（§7）：第 1 天个性化邮件，第 3 天价值邮件，第 7 天电话并发语音留言跟进邮件。任何回复即停止序列；每天最多一封邮件。',
    },
    blocks: [
      {
        heading: { en: 'Day 1: personalised', zh: '第 1 天：个性化' },
        lines: [
          {
            en: 'Subject: {Company} and {trigger}',
            zh: '主题：{公司}与{触发事件}',
          },
          {
            en: 'Hi {Name}, I saw {trigger: a new role, hiring, a deadline}. Teams like {peer} usually hit {pain} at this point; we helped them {result}. Worth 20 minutes next week to see if it applies to you?',
            zh: '{姓名}您好，看到贵司{触发事件：新任高管、招聘、监管截止日期}。像{同行}这样的团队此时常遇到{痛点}，我们帮他们实现了{成果}。下周能否约 20 分钟，看看是否也适用于贵司？',
          },
        ],
      },
      {
        heading: { en: 'Day 3: value', zh: '第 3 天：价值' },
        lines: [
          { en: 'Subject: how {peer} cut {cost}', zh: '主题：{同行}如何降低{成本}' },
          {
            en: 'Hi {Name}, one number that may be useful: {benchmark}. Here is the two-minute read on how {peer} got there: {link}. If {pain} is on your list this quarter, I am happy to walk you through it.',
            zh: '{姓名}您好，分享一个可能有用的数据：{行业基准}。这里有一篇两分钟能读完的文章，讲{同行}如何做到的：{链接}。如果{痛点}在您本季度的清单上，我很乐意详细介绍。',
          },
        ],
      },
      {
        heading: { en: 'Day 7: after the voicemail', zh: '第 7 天：语音留言之后' },
        lines: [
          { en: 'Subject: my voicemail about {pain}', zh: '主题：关于{痛点}的语音留言' },
          {
            en: 'Hi {Name}, I just left you a short voicemail. In one line: {result} for teams like yours. Would {day} at {time} work for a 20-minute call?',
            zh: '{姓名}您好，刚给您留了一条简短的语音。一句话概括：我们帮类似团队实现了{成果}。{日期}{时间}方便通话 20 分钟吗？',
          },
        ],
      },
    ],
  },
  {
    id: 'callScript',
    title: { en: 'Call script and standard replies', zh: '电话脚本与标准回应' },
    stages: ['Prospecting'],
    blocks: [
      {
        heading: { en: 'Opening', zh: '开场' },
        lines: [
          {
            en: '"Hi {Name}, this is {me} from {company}. I will be brief: I am calling because of {trigger}. Is {pain} something you deal with?"',
            zh: '“{姓名}您好，我是{公司}的{我}。长话短说：因为{触发事件}所以打给您。{痛点}是您正在面对的问题吗？”',
          },
          {
            en: 'If yes: ask two discovery questions, then book a meeting with a date.',
            zh: '如果是：问两个挖掘问题，然后约定带日期的会议。',
          },
        ],
      },
      {
        heading: { en: 'Standard replies', zh: '标准回应' },
        lines: [
          {
            en: '"Not interested." → "Understood. Most people say so before they hear {result}. May I ask one question to see whether it is even relevant?"',
            zh: '“不感兴趣。”→“理解。很多人在听到{成果}之前都这么说。我能问一个问题，看看是否和您相关吗？”',
          },
          {
            en: '"Send me an email." → "Gladly. So I send the right thing: what is your biggest issue with {area} right now?"',
            zh: '“发邮件给我吧。”→“好的。为了发对内容：您目前在{领域}最大的问题是什么？”',
          },
          {
            en: '"We already have a vendor." → "Makes sense; many of our customers did too. If you could change one thing about it, what would it be?"',
            zh: '“我们已经有供应商了。”→“理解，我们很多客户之前也有。如果能改进一点，您最想改什么？”',
          },
          {
            en: '"No budget." → "Understood. If it paid for itself within the year, would a 20-minute look be worth it before the next budget round?"',
            zh: '“没有预算。”→“理解。如果一年内就能收回成本，在下一轮预算前花 20 分钟了解一下值得吗？”',
          },
          {
            en: '"Call me later." → "Sure: Tuesday at 10 or Thursday at 3?"',
            zh: '“晚点再打吧。”→“好的：周二上午 10 点还是周四下午 3 点？”',
          },
        ],
      },
    ],
  },
  {
    id: 'discoveryCall',
    title: { en: 'The 30-minute discovery call', zh: '30 分钟需求挖掘电话' },
    stages: ['Discovery'],
    intro: {
      en: 'The seller talks at most 30% of the time; the buyer talks the rest.',
      zh: '销售说话时间最多占 30%，其余时间让买方说。',
    },
    blocks: [
      {
        lines: [
          {
            en: 'Minutes 0-3: agree the agenda, the time and the goal of the call.',
            zh: '第 0-3 分钟：确认议程、时长和本次通话目标。',
          },
          {
            en: 'Minutes 3-20: questions on current state, pain, impact, need-payoff and buying process.',
            zh: '第 3-20 分钟：询问现状、痛点、影响、需求回报和采购流程。',
          },
          {
            en: 'Minutes 20-25: play the pain and its cost back in the buyer’s words; try the reverse challenge.',
            zh: '第 20-25 分钟：用买方自己的话复述痛点和代价；尝试反向挑战。',
          },
          {
            en: 'Minutes 25-30: agree the next step with a date and who else should join.',
            zh: '第 25-30 分钟：约定带日期的下一步，以及还应邀请谁参加。',
          },
        ],
      },
    ],
  },
  {
    id: 'reverseChallenge',
    title: { en: 'The reverse challenge', zh: '反向挑战' },
    stages: ['Discovery', 'Evaluation', 'Proposal'],
    intro: {
      en: 'Instead of pushing, question the deal yourself. If the buyer argues for the project, the pain is real; if not, you learn it now rather than at the end.',
      zh: '不要一味推进，而是自己质疑这笔交易。如果买方反过来为项目辩护，说明痛点是真的；如果没有，现在就知道，而不是到最后才发现。',
    },
    blocks: [
      {
        lines: [
          {
            en: '"What happens if you do nothing this year?"',
            zh: '“如果今年什么都不做，会怎样？”',
          },
          {
            en: '"Why might this not get approved?"',
            zh: '“这个项目可能因为什么批不下来？”',
          },
          { en: '"Who could stop this?"', zh: '“谁可能叫停这件事？”' },
          {
            en: '"If you were in my place, what would worry you about this deal?"',
            zh: '“如果您站在我的位置，对这笔交易会担心什么？”',
          },
        ],
      },
    ],
  },
  {
    id: 'demoFramework',
    title: { en: 'Demo framework', zh: '演示框架' },
    stages: ['Evaluation'],
    blocks: [
      {
        lines: [
          {
            en: 'Recap their pain and success criteria; check nothing has changed.',
            zh: '复述对方的痛点和成功标准，确认没有变化。',
          },
          {
            en: 'Show the outcome first: the "after" picture.',
            zh: '先展示结果：用上之后的样子。',
          },
          {
            en: 'Demo only the two or three workflows tied to their pain, in their words and, where possible, with their data.',
            zh: '只演示与其痛点相关的两三个流程，用对方的语言，尽量用对方的数据。',
          },
          {
            en: 'Check after each part: "How would this work for your team?"',
            zh: '每部分结束时确认：“这在您的团队里会怎么用？”',
          },
          {
            en: 'Park deep technical questions for the technical deep-dive.',
            zh: '把深入的技术问题留到技术深度交流环节。',
          },
          {
            en: 'Close on the next step: the technical deep-dive and the mutual action plan.',
            zh: '以下一步收尾：技术深度交流和双方行动计划。',
          },
        ],
      },
    ],
  },
  {
    id: 'negotiationRules',
    title: { en: 'Negotiation rules', zh: '谈判规则' },
    stages: ['Proposal', 'Negotiation'],
    blocks: [
      {
        lines: [
          {
            en: 'Never above 20% discount on any deal.',
            zh: '任何交易的折扣都不超过 20%。',
          },
          {
            en: 'Trade, never give: every concession buys an annual commitment, a case study or a referral.',
            zh: '只交换，不白给：每次让步都要换来年度承诺、案例研究或转介绍。',
          },
          {
            en: 'Negotiate with the person who can sign: the economic buyer is in the room.',
            zh: '与能签字的人谈判：经济买家必须在场。',
          },
          {
            en: 'Restate the value before talking price.',
            zh: '谈价格之前先重申价值。',
          },
          {
            en: 'Each concession is smaller than the last, and decided before the meeting, as is the walk-away point.',
            zh: '每次让步都比上一次小，且在会前就定好，底线也一样。',
          },
          {
            en: 'Write down what was agreed at the end of every round.',
            zh: '每轮结束都书面记录达成的内容。',
          },
        ],
      },
    ],
  },
  {
    id: 'urgencyTactics',
    title: { en: 'Creating urgency', zh: '制造紧迫感' },
    stages: ['Proposal', 'Negotiation'],
    blocks: [
      {
        lines: [
          {
            en: 'Tie the close date to the buyer’s compelling event (a launch, an audit, the fiscal year end).',
            zh: '把成交日期与买方的紧迫事件挂钩（上线、审计、财年结束）。',
          },
          {
            en: 'Quantify the cost of inaction per month and say it back.',
            zh: '量化每个月不作为的代价，并反复提及。',
          },
          {
            en: 'Plan backwards from go-live in the mutual action plan: each step gets an owner and a date.',
            zh: '在双方行动计划中从上线日倒推：每一步都有负责人和日期。',
          },
          {
            en: 'Time-bound offers only when traded for something; never invent a deadline.',
            zh: '有时限的优惠只用于交换条件；绝不虚构截止日期。',
          },
        ],
      },
    ],
  },
  {
    id: 'handOff',
    title: { en: 'Hand-off to customer success', zh: '移交客户成功团队' },
    stages: ['Closed Won'],
    blocks: [
      {
        lines: [
          {
            en: 'Written hand-off notes: the pains and metrics promised, success criteria, what was sold and any concessions, risks and dates.',
            zh: '书面移交说明：承诺的痛点和指标、成功标准、售出内容及任何让步、风险和日期。',
          },
          {
            en: 'The buying roles and who holds them (this scorecard’s roles).',
            zh: '采购角色及其担任者（即本评分卡中的角色）。',
          },
          {
            en: 'A joint kickoff call: seller, customer success and the champion.',
            zh: '联合启动会：销售、客户成功和内部支持者共同参加。',
          },
          {
            en: 'The seller stays in touch until the first value milestone is reached.',
            zh: '销售持续跟进，直到达成第一个价值里程碑。',
          },
        ],
      },
    ],
  },
  {
    id: 'upsell',
    title: { en: 'Upsell triggers and don’ts', zh: '增购信号与禁忌' },
    stages: ['Closed Won'],
    blocks: [
      {
        heading: { en: 'Triggers', zh: '信号' },
        lines: [
          { en: 'Usage close to the plan’s limits.', zh: '使用量接近套餐上限。' },
          {
            en: 'A new team or department asks for access.',
            zh: '新的团队或部门申请使用。',
          },
          {
            en: 'The first success milestone is reached and the ROI is visible.',
            zh: '达成第一个成功里程碑，投资回报可见。',
          },
          {
            en: 'The champion is promoted, or a new executive arrives.',
            zh: '内部支持者升职，或有新高管到任。',
          },
          {
            en: 'The company raises money, expands or enters a new market.',
            zh: '公司融资、扩张或进入新市场。',
          },
        ],
      },
      {
        heading: { en: 'Don’ts', zh: '禁忌' },
        lines: [
          {
            en: 'Do not upsell before the first value is delivered.',
            zh: '在交付首个价值之前不要增购。',
          },
          {
            en: 'Do not upsell while a support problem is open.',
            zh: '有未解决的支持问题时不要增购。',
          },
          { en: 'Do not go around the champion.', zh: '不要绕过内部支持者。' },
          {
            en: 'Do not discount the renewal to win the upsell.',
            zh: '不要用续约折扣换增购。',
          },
        ],
      },
    ],
  },
];
