import { describe, expect, it } from 'vitest';
import { checklistGaps } from '../../../shared/risk/checklist-gaps';
import { STALLED_CHECKLIST } from '../../../shared/risk/stalled-checklist';

describe('STALLED_CHECKLIST', () => {
  it('has the eight items of the playbook in order', () => {
    // playbook §5 stalled-deal checklist
    expect(STALLED_CHECKLIST).toEqual([
      'championIdentified',
      'economicBuyerMet',
      'compellingEvent',
      'costOfInaction',
      'objectionsResolved',
      'competitorNotBlocking',
      'championEngaged',
      'multiThreaded',
    ]);
  });
});

describe('checklistGaps', () => {
  it('lists every item when nothing is answered', () => {
    // playbook §5: each unanswered item is a risk
    expect(checklistGaps({})).toEqual(STALLED_CHECKLIST);
  });

  it('treats a "no" like an unanswered item and keeps checklist order', () => {
    expect(
      checklistGaps({
        multiThreaded: false,
        championIdentified: true,
        economicBuyerMet: true,
        compellingEvent: true,
        costOfInaction: true,
        objectionsResolved: true,
        championEngaged: true,
      }),
    ).toEqual(['competitorNotBlocking', 'multiThreaded']);
  });

  it('is empty when every item is answered yes', () => {
    const all = Object.fromEntries(STALLED_CHECKLIST.map((item) => [item, true]));
    expect(checklistGaps(all)).toEqual([]);
  });
});
