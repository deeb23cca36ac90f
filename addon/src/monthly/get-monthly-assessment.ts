import type { MonthlyAssessmentView } from './monthly-types';

/** The monthly self-assessment (playbook §9). */
export function getMonthlyAssessment(month?: string): MonthlyAssessmentView {
  throw new Error(`getMonthlyAssessment: not available (${month ?? ''})`);
}
