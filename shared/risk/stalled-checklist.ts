import type { ChecklistItem } from '../types';

/**
 * The stalled-deal checklist in playbook order (§5): champion identified;
 * economic buyer met; compelling event or deadline; cost of inaction
 * quantified; objections resolved; competitor not blocking; champion still
 * engaged; multi-threaded. Labels: `label('checklist.<item>', language)`.
 */
export const STALLED_CHECKLIST: readonly ChecklistItem[] = [
  'championIdentified',
  'economicBuyerMet',
  'compellingEvent',
  'costOfInaction',
  'objectionsResolved',
  'competitorNotBlocking',
  'championEngaged',
  'multiThreaded',
];
