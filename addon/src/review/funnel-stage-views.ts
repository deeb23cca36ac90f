import type { Funnel } from '../../../shared/index';
import type { Language, StageTable } from '../../../shared/types';
import { stageDisplay } from '../lib/stage-display';
import type { FunnelStageView } from './weekly-review-types';

/**
 * The shared funnel's stages (playbook §4) as the weekly review and the
 * monthly report show them: stage names in the user's language, the counts
 * and conversion as computed.
 */
export function funnelStageViews(
  funnel: Funnel,
  table: StageTable,
  language: Language,
): FunnelStageView[] {
  return funnel.stages.map((s) => ({
    stage: stageDisplay(table, s.stage, language),
    reached: s.reached,
    advanced: s.advanced,
    conversion: s.conversion,
  }));
}
