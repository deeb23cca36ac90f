import type { ScorecardView } from '../../../addon/src/scorecard/scorecard-types';
import { DEFAULT_STAGES } from '../../../shared/stages/default-stages';

/**
 * What getScorecard returns for a 60,000 Proposal deal in row 2 with
 * MEDDPICC 2,1,2,1,1,3,2,1 (total 13), 3 contacts and a 10% discount, a
 * Champion role column naming Dana, and two rows of the mutual action plan
 * tab (one a step of the team's own).
 */
export function scorecardView(overrides: Partial<ScorecardView> = {}): ScorecardView {
  return {
    language: 'en',
    sheetName: 'Pipeline',
    row: 2,
    key: { field: 'id', value: 'D-100' },
    name: 'Acme rollout',
    account: 'Acme',
    stage: DEFAULT_STAGES[3],
    amount: 60000,
    contacts: 3,
    discount: 0.1,
    closeDate: '2026-12-15',
    scores: [2, 1, 2, 1, 1, 3, 2, 1],
    notes: ['Saves 2 FTE a year', '', '', '', '', 'Manual month-end close', 'Dana (ops lead)', ''],
    original: ['2', '1', '2', '1', '1', '3', '2', '1'],
    checklist: ['championIdentified', 'compellingEvent'],
    checklistText: 'Champion identified; Compelling event; legal review booked',
    risk: { level: 'yellow', reasons: ['MEDDPICC at risk (10-14)'] },
    roles: [
      { header: 'Role: Champion', value: 'Dana (ops lead)' },
      { header: 'Role: Procurement contact', value: 'Lee' },
    ],
    plan: [
      { step: 'Technical deep-dive', owner: 'Ana (SE)', date: '2026-11-20', status: 'Done' },
      { step: 'Reference call', owner: 'Dana', date: '', status: '' },
      { step: 'Legal and procurement', owner: 'Kim', date: 'end of May', status: 'Waiting' },
    ],
    ...overrides,
  };
}
