import { describe, expect, it } from 'vitest';
import { minimumContacts } from '../../../shared/risk/minimum-contacts';
import { PlaybookError } from '../../../shared/types';

describe('minimumContacts', () => {
  it('asks for 2 contacts under 25,000', () => {
    // playbook §5: under 25,000 → 2
    expect(minimumContacts(0)).toBe(2);
    expect(minimumContacts(24_999)).toBe(2);
  });

  it('asks for 3 contacts from 25,000 to 100,000, both ends included', () => {
    // playbook §5: 25,000-100,000 → 3-4; the minimum is 3
    expect(minimumContacts(25_000)).toBe(3);
    expect(minimumContacts(60_000)).toBe(3);
    expect(minimumContacts(100_000)).toBe(3);
  });

  it('asks for 5 contacts over 100,000', () => {
    // playbook §5: over 100,000 → 5+
    expect(minimumContacts(100_001)).toBe(5);
    expect(minimumContacts(2_000_000)).toBe(5);
  });

  it('rejects negative or non-numeric amounts', () => {
    expect(() => minimumContacts(-1)).toThrow(PlaybookError);
    expect(() => minimumContacts(Number.NaN)).toThrow(
      'minimumContacts: amount must be a number ≥ 0 (got NaN)',
    );
  });
});
