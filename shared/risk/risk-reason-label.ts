import { label } from '../labels/label';
import type { Language, RiskReason } from '../types';

/**
 * A risk reason in words, in English or Chinese (playbook §1, §2, §5).
 *
 * @example
 * riskReasonLabel('nextStepPast', 'en') // => 'Next step date has passed'
 */
export function riskReasonLabel(reason: RiskReason, language: Language): string {
  return label(`reason.${reason}`, language);
}
