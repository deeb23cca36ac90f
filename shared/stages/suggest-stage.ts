import type { ForecastCategory, StageDefinition, StageKind } from '../types';
import { DEFAULT_STAGES } from './default-stages';
import { findStage } from './find-stage';
import { vocabularyTables } from './vocabulary-tables';

/** A playbook stage a stage name probably means. */
export interface StageSuggestion {
  readonly stage: string;
  readonly kind: StageKind;
  readonly probability: number;
}

/** Words that give a stage name away, strongest first, with the playbook stage they point to. */
const KEYWORDS: readonly [RegExp, string][] = [
  [/\bwon\b|\bwin\b|signed|booked|赢|成交|签约/i, 'Closed Won'],
  [/lost|lose|dead|churn|disqualif|unqualif|no.?decision|输|丢|失败|无效|流失/i, 'Closed Lost'],
  [/negotiat|contract|legal|procure|verbal|commit|谈判|合同|商务/i, 'Negotiation'],
  [/proposal|quot|pricing|price|offer|报价|方案|提案/i, 'Proposal'],
  [/demo|evaluat|present|trial|pilot|poc|proof|technical|评估|演示|试用|测试/i, 'Evaluation'],
  [/prospect|lead|\bnew\b|cold|outreach|initial|潜在|线索|初步/i, 'Prospecting'],
  [
    /discover|qualif|need|engag|contact|meeting|interest|analys|需求|沟通|接洽|确认|拜访/i,
    'Discovery',
  ],
];

/** The playbook stage of each base forecast category (playbook §3). */
const BY_CATEGORY: Partial<Record<ForecastCategory, string>> = {
  commit: 'Negotiation',
  bestCase: 'Proposal',
  pipeline: 'Evaluation',
};

const playbookStage = (name: string): StageSuggestion => {
  const stage = DEFAULT_STAGES.find((s) => s.name === name) as StageDefinition;
  return { stage: stage.name, kind: stage.kind, probability: stage.probability };
};

/** The playbook stage a CRM vocabulary's stage corresponds to. */
function fromVocabularyStage(stage: StageDefinition): StageSuggestion {
  if (stage.kind === 'won') return playbookStage('Closed Won');
  if (stage.kind === 'lost') return playbookStage('Closed Lost');
  const byCategory = stage.forecast && BY_CATEGORY[stage.forecast];
  if (byCategory) return playbookStage(byCategory);
  return playbookStage(stage.probability < 0.1 ? 'Prospecting' : 'Discovery');
}

/**
 * The playbook stage (§1) a stage name the table does not know most likely
 * means: the matching stage of a known CRM vocabulary (by its forecast
 * category), else the first keyword it contains (English or Chinese:
 * `Engaging` → Discovery, `Verbal commit` → Negotiation, `赢单` → Closed
 * Won); null when nothing gives it away. A suggestion to offer the user,
 * never applied by itself.
 *
 * @example
 * suggestStage('Engaging')?.stage // => 'Discovery'
 */
export function suggestStage(name: string): StageSuggestion | null {
  for (const { table } of vocabularyTables()) {
    const stage = findStage(table, name);
    if (stage) return fromVocabularyStage(stage);
  }
  for (const [pattern, stage] of KEYWORDS) {
    if (pattern.test(name)) return playbookStage(stage);
  }
  return null;
}
