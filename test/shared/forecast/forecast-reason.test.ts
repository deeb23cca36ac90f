import { describe, expect, it } from 'vitest';
import { forecastReason } from '../../../shared/forecast/forecast-reason';
import { DEFAULT_STAGE_TABLE, resolveStage } from '../../../shared/index';

const stage = (name: string) => resolveStage(DEFAULT_STAGE_TABLE, name);

describe('forecastReason', () => {
  it('caps a Negotiation deal at Best Case when MEDDPICC is 17', () => {
    // playbook §3: Negotiation → Commit; 15-19 (Gaps) caps at Best Case; the weaker wins
    expect(forecastReason(stage('Negotiation'), 17)).toEqual({
      base: 'commit',
      band: 'gaps',
      cap: 'bestCase',
      category: 'bestCase',
      capped: true,
    });
  });

  it('leaves the base when the cap is not weaker, and when the total is strong', () => {
    // playbook §3: Evaluation → Pipeline; a 15-19 cap (Best Case) is stronger, so Pipeline stays
    expect(forecastReason(stage('Evaluation'), 15)).toMatchObject({
      base: 'pipeline',
      cap: 'bestCase',
      category: 'pipeline',
      capped: false,
    });
    // playbook §3: 20-24 sets no cap
    expect(forecastReason(stage('Negotiation'), 20)).toMatchObject({
      band: 'strong',
      cap: null,
      category: 'commit',
    });
  });

  it('uses each band edge of the cap table', () => {
    // playbook §3 cap: 10-14 Pipeline, 8-9 Upside
    expect(forecastReason(stage('Proposal'), 14).category).toBe('pipeline');
    expect(forecastReason(stage('Proposal'), 10).category).toBe('pipeline');
    expect(forecastReason(stage('Proposal'), 9).category).toBe('upside');
    expect(forecastReason(stage('Proposal'), 19).category).toBe('bestCase');
  });

  it('gives the stage alone without a total, and never caps a closed deal', () => {
    expect(forecastReason(stage('Proposal'))).toMatchObject({ base: 'bestCase', band: null });
    // playbook §3: Closed Won deals are Closed
    expect(forecastReason(stage('Won'), 8)).toEqual({
      base: 'closed',
      band: null,
      cap: null,
      category: 'closed',
      capped: false,
    });
  });
});
