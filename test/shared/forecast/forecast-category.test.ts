import { describe, expect, it } from 'vitest';
import {
  type ForecastCategory,
  DEFAULT_STAGE_TABLE,
  forecastCategory,
  meddpiccCap,
  resolveStage,
  weakerCategory,
} from '../../../shared/index';

const stage = (name: string) => resolveStage(DEFAULT_STAGE_TABLE, name);

describe('forecastCategory', () => {
  it.each([
    // playbook §3 base categories, no MEDDPICC total
    ['Negotiation', 'commit'],
    ['Proposal', 'bestCase'],
    ['Evaluation', 'pipeline'],
    ['Discovery', 'upside'],
    ['Prospecting', 'upside'],
    ['Closed Won', 'closed'],
    ['Closed Lost', 'omitted'],
  ] as const)('gives a %s deal the base category %s', (name, expected) => {
    expect(forecastCategory(stage(name))).toBe(expected);
    expect(forecastCategory(stage(name), null)).toBe(expected);
  });

  it('caps a Negotiation deal at Best Case when MEDDPICC is 17', () => {
    // playbook §3: 15-19 caps at Best Case; weaker of Commit and Best Case
    expect(forecastCategory(stage('Negotiation'), 17)).toBe('bestCase');
  });

  it('leaves a Negotiation deal at Commit when MEDDPICC is 20', () => {
    expect(forecastCategory(stage('Negotiation'), 20)).toBe('commit');
  });

  it('keeps the weaker base when the cap is looser', () => {
    // Evaluation's base Pipeline is weaker than the 15-19 cap (Best Case)
    expect(forecastCategory(stage('Evaluation'), 16)).toBe('pipeline');
    // 10-14 caps at Pipeline; 8-9 caps at Upside
    expect(forecastCategory(stage('Proposal'), 14)).toBe('pipeline');
    expect(forecastCategory(stage('Negotiation'), 9)).toBe('upside');
  });

  it('lets a manual override win over stage and total', () => {
    expect(forecastCategory(stage('Discovery'), 8, 'commit')).toBe('commit');
    expect(forecastCategory(stage('Negotiation'), 24, 'omitted')).toBe('omitted');
  });

  it('keeps closed deals Closed or Omitted whatever override is left on them', () => {
    // playbook §3: Closed Won deals are Closed; Closed Lost deals are Omitted
    expect(forecastCategory(stage('Closed Won'), null, 'commit')).toBe('closed');
    expect(forecastCategory(stage('Closed Lost'), 24, 'commit')).toBe('omitted');
    expect(forecastCategory(stage('Closed Lost'), null, 'closed')).toBe('omitted');
  });

  it('never caps closed deals', () => {
    expect(forecastCategory(stage('Won'), 8)).toBe('closed');
    expect(forecastCategory(stage('Lost'), 24)).toBe('omitted');
  });

  it('derives a custom stage category from its probability', () => {
    const custom = {
      name: 'Pilot',
      aliases: [],
      order: 1,
      probability: 0.6,
      kind: 'open' as const,
    };
    // The thresholds are the playbook §1 probabilities of the stages §3 names:
    // Negotiation 75% → Commit, Proposal 50% → Best Case, Evaluation 30% → Pipeline;
    // each threshold belongs to the stronger category.
    const at = (probability: number) => forecastCategory({ ...custom, probability });
    expect(forecastCategory(custom)).toBe('bestCase');
    expect(at(0.8)).toBe('commit');
    expect(at(0.75)).toBe('commit');
    expect(at(0.74)).toBe('bestCase');
    expect(at(0.5)).toBe('bestCase');
    expect(at(0.49)).toBe('pipeline');
    expect(at(0.3)).toBe('pipeline');
    expect(at(0.29)).toBe('upside');
  });

  it('rejects a total outside 8..24', () => {
    expect(() => forecastCategory(stage('Proposal'), 30)).toThrow('(got 30)');
  });
});

describe('meddpiccCap and weakerCategory', () => {
  it('maps each band to its cap', () => {
    // playbook §3 cap list
    expect([24, 20, 19, 15, 14, 10, 9, 8].map(meddpiccCap)).toEqual([
      null,
      null,
      'bestCase',
      'bestCase',
      'pipeline',
      'pipeline',
      'upside',
      'upside',
    ]);
  });

  it('orders Commit > Best Case > Pipeline > Upside', () => {
    const order: ForecastCategory[] = ['commit', 'bestCase', 'pipeline', 'upside'];
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        expect(weakerCategory(order[i], order[j])).toBe(order[Math.max(i, j)]);
      }
    }
  });
});
