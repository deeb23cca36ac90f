import type { StageDefinition } from '../types';

/**
 * The default stage table (playbook §1): seven stages in funnel order with
 * their win probabilities, English and Simplified Chinese names, and the
 * aliases the playbook lists. A team's own table replaces it through
 * `createStageTable`.
 *
 * @example
 * DEFAULT_STAGES[3].name // => 'Proposal'
 * DEFAULT_STAGES[3].probability // => 0.5
 */
export const DEFAULT_STAGES: readonly StageDefinition[] = [
  {
    name: 'Prospecting',
    nameZh: '潜在客户开发',
    aliases: [],
    order: 1,
    probability: 0.05,
    kind: 'open',
    forecast: 'upside',
  },
  {
    name: 'Discovery',
    nameZh: '深入挖掘',
    aliases: ['Qualification'],
    order: 2,
    probability: 0.15,
    kind: 'open',
    forecast: 'upside',
  },
  {
    name: 'Evaluation',
    nameZh: '评估',
    aliases: ['Demo'],
    order: 3,
    probability: 0.3,
    kind: 'open',
    forecast: 'pipeline',
  },
  {
    name: 'Proposal',
    nameZh: '提案阶段',
    aliases: [],
    order: 4,
    probability: 0.5,
    kind: 'open',
    forecast: 'bestCase',
  },
  {
    name: 'Negotiation',
    nameZh: '谈判阶段',
    aliases: ['Contract'],
    order: 5,
    probability: 0.75,
    kind: 'open',
    forecast: 'commit',
  },
  {
    name: 'Closed Won',
    nameZh: '成交阶段',
    aliases: ['Won', 'Closed-Won', '成交', '赢单'],
    order: 6,
    probability: 1,
    kind: 'won',
  },
  {
    name: 'Closed Lost',
    nameZh: '失败阶段',
    aliases: ['Lost', 'Closed-Lost', '失败', '输单'],
    order: 7,
    probability: 0,
    kind: 'lost',
  },
];
