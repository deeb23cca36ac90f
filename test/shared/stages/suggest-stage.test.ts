import { describe, expect, it } from 'vitest';
import { suggestStage } from '../../../shared/stages/suggest-stage';

describe('suggestStage', () => {
  it('maps a CRM default stage to the playbook stage of its forecast category', () => {
    // HubSpot's Contract Sent is a late stage: the playbook's Negotiation (75%, §1).
    expect(suggestStage('Contract Sent')).toEqual({
      stage: 'Negotiation',
      kind: 'open',
      probability: 0.75,
    });
    expect(suggestStage('closedlost')).toMatchObject({ stage: 'Closed Lost', kind: 'lost' });
  });

  it('reads the words a stage name is made of, English or Chinese', () => {
    expect(suggestStage('Engaging')?.stage).toBe('Discovery');
    expect(suggestStage('Verbal commit')?.stage).toBe('Negotiation');
    expect(suggestStage('Pilot')?.stage).toBe('Evaluation');
    expect(suggestStage('Disqualified')?.stage).toBe('Closed Lost');
    expect(suggestStage('已签约')?.stage).toBe('Closed Won');
    expect(suggestStage('方案演示')?.stage).toBe('Proposal');
  });

  it('suggests nothing when the name gives nothing away', () => {
    expect(suggestStage('Stage 7')).toBeNull();
    expect(suggestStage('')).toBeNull();
  });
});
