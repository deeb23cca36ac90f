import type { RiskReason } from '../types';

/**
 * Every risk reason, in the order `dealRisk` reports them: dates and
 * movement first (playbook §1), then qualification (§2) and power, then the
 * stalled-deal checklist, contacts and discount (§5).
 */
export const RISK_REASONS: readonly RiskReason[] = [
  'closeDatePast',
  'stalled',
  'stale',
  'noNextStep',
  'noNextStepDate',
  'nextStepPast',
  'unqualified',
  'lowMeddpicc',
  'noPower',
  'checklistOpen',
  'underThreaded',
  'discountTooHigh',
];
