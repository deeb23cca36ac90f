import type { StageDefinition } from '../types';

/**
 * The default stage table (playbook §1): seven stages in funnel order with
 * their win probabilities, English and Simplified Chinese names, the
 * aliases the playbook lists and each stage's exit criterion (what the buyer
 * did, never what the seller did; its Chinese is in `stageExitCriterion`, which
 * only the sidebars need). A team's own table replaces it through
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
    exitCriterion: 'A meeting is booked',
  },
  {
    name: 'Discovery',
    nameZh: '深入挖掘',
    aliases: ['Qualification'],
    order: 2,
    probability: 0.15,
    kind: 'open',
    forecast: 'upside',
    exitCriterion: 'Pain confirmed and the account fits the ICP',
  },
  {
    name: 'Evaluation',
    nameZh: '评估',
    aliases: ['Demo'],
    order: 3,
    probability: 0.3,
    kind: 'open',
    forecast: 'pipeline',
    exitCriterion: 'Economic buyer identified and decision criteria known',
  },
  {
    name: 'Proposal',
    nameZh: '提案阶段',
    aliases: [],
    order: 4,
    probability: 0.5,
    kind: 'open',
    forecast: 'bestCase',
    exitCriterion: 'Budget confirmed and decision process mapped',
  },
  {
    name: 'Negotiation',
    nameZh: '谈判阶段',
    aliases: ['Contract'],
    order: 5,
    probability: 0.75,
    kind: 'open',
    forecast: 'commit',
    exitCriterion: 'Verbal yes given and legal/procurement started',
  },
  {
    name: 'Closed Won',
    nameZh: '成交阶段',
    aliases: ['Won', 'Closed-Won', '成交', '赢单'],
    order: 6,
    probability: 1,
    kind: 'won',
    exitCriterion: 'Signed; revenue booked',
  },
  {
    name: 'Closed Lost',
    nameZh: '失败阶段',
    aliases: ['Lost', 'Closed-Lost', '失败', '输单'],
    order: 7,
    probability: 0,
    kind: 'lost',
    exitCriterion: 'Loss reason recorded',
  },
];
