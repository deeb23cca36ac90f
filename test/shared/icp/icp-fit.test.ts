import { describe, expect, it } from 'vitest';
import { type IcpProfile, icpFit } from '../../../shared/icp/icp-fit';
import { PlaybookError } from '../../../shared/types';

const profile: IcpProfile = {
  industries: ['SaaS', 'Fintech'],
  employees: { min: 50, max: 1_000 },
  regions: ['EMEA'],
  techStack: ['Salesforce', 'HubSpot'],
  incompatibleTech: ['Dynamics'],
};

describe('icpFit', () => {
  it('is a full fit when every named firmographic matches, ignoring case and spaces', () => {
    const result = icpFit(
      { industry: ' saas ', employees: 120, region: 'emea', techStack: ['Slack', 'hubspot'] },
      profile,
    );
    expect(result).toEqual({
      fit: 'full',
      matched: ['industry', 'employees', 'region', 'techStack'],
      missing: [],
      painSignals: [],
      visiblePain: false,
      antiSignals: [],
    });
  });

  it('is a partial fit when some criteria match, listing what is missing or unknown', () => {
    const result = icpFit({ industry: 'Fintech', employees: 5_000 }, profile);
    expect(result.fit).toBe('partial');
    expect(result.matched).toEqual(['industry']);
    expect(result.missing).toEqual(['employees', 'region', 'techStack']);
  });

  it('is no fit when nothing matches', () => {
    expect(icpFit({ industry: 'Retail', region: 'APAC' }, profile).fit).toBe('none');
  });

  it('includes both ends of a range', () => {
    const range = { employees: { min: 50, max: 1_000 } };
    expect(icpFit({ employees: 50 }, range).fit).toBe('full');
    expect(icpFit({ employees: 1_000 }, range).fit).toBe('full');
    expect(icpFit({ employees: 1_001 }, range).fit).toBe('none');
  });

  it('treats under 20 employees as an anti-signal that rules the account out', () => {
    // playbook §6: anti-signals include under 20 employees
    const small = { industries: ['SaaS'] };
    expect(icpFit({ industry: 'SaaS', employees: 19 }, small)).toMatchObject({
      fit: 'none',
      matched: ['industry'],
      antiSignals: ['tooSmall'],
    });
    expect(icpFit({ industry: 'SaaS', employees: 20 }, small).fit).toBe('full');
  });

  it('rules out an account with a recorded anti-signal or an incompatible stack', () => {
    const account = { industry: 'SaaS', employees: 120, region: 'EMEA', techStack: ['Salesforce'] };
    expect(icpFit({ ...account, antiSignals: ['noBudget'] }, profile)).toMatchObject({
      fit: 'none',
      antiSignals: ['noBudget'],
    });
    expect(icpFit({ ...account, techStack: ['Salesforce', 'Dynamics'] }, profile)).toMatchObject({
      fit: 'none',
      antiSignals: ['incompatibleStack'],
    });
  });

  it('reports pain signals in playbook order without repeats', () => {
    const result = icpFit(
      { industry: 'SaaS', painSignals: ['regulatoryDeadline', 'hiring', 'hiring'] },
      { industries: ['SaaS'] },
    );
    expect(result.painSignals).toEqual(['hiring', 'regulatoryDeadline']);
    expect(result.visiblePain).toBe(true);
  });

  it('rejects a profile that names no firmographic', () => {
    expect(() => icpFit({ industry: 'SaaS' }, {})).toThrow(PlaybookError);
    expect(() => icpFit({ industry: 'SaaS' }, { incompatibleTech: ['X'] })).toThrow(
      /^icpFit: the profile must name at least one of/,
    );
  });
});
