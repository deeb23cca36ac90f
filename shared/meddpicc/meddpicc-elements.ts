import type { MeddpiccElement } from '../types';

/**
 * The eight MEDDPICC elements in playbook order (§2): Metrics, Economic
 * buyer, Decision criteria, Decision process, Paper process, Identify pain,
 * Champion, Competition.
 */
export const MEDDPICC_ELEMENTS: readonly MeddpiccElement[] = [
  'metrics',
  'economicBuyer',
  'decisionCriteria',
  'decisionProcess',
  'paperProcess',
  'identifyPain',
  'champion',
  'competition',
];
