import type { ForecastCategory, StageDefinition } from '../types';

/**
 * The forecast category a stage gives before any MEDDPICC cap (playbook §3):
 * Negotiation → Commit, Proposal → Best Case, Evaluation → Pipeline,
 * Prospecting and Discovery → Upside; Closed Won → Closed, Closed Lost →
 * Omitted. A team's own stage uses its `forecast` field, else its probability
 * (75%+ Commit, 50%+ Best Case, 30%+ Pipeline, otherwise Upside).
 *
 * @example
 * baseForecastCategory(DEFAULT_STAGES[4]) // => 'commit'
 */
export function baseForecastCategory(stage: StageDefinition): ForecastCategory {
  if (stage.kind === 'won') return 'closed';
  if (stage.kind === 'lost') return 'omitted';
  if (stage.forecast) return stage.forecast;
  if (stage.probability >= 0.75) return 'commit';
  if (stage.probability >= 0.5) return 'bestCase';
  if (stage.probability >= 0.3) return 'pipeline';
  return 'upside';
}
