import { describe, expect, it } from 'vitest';
import { multiThreadingGap } from '../../../shared/risk/multi-threading-gap';

describe('multiThreadingGap', () => {
  it('counts the contacts missing to reach the minimum for the deal size', () => {
    // playbook §5 minimums; hand calculation: 5 - 3 = 2, 3 - 1 = 2, 2 - 1 = 1
    expect(multiThreadingGap(150_000, 3)).toBe(2);
    expect(multiThreadingGap(25_000, 1)).toBe(2);
    expect(multiThreadingGap(24_999, 1)).toBe(1);
  });

  it('is 0 when the deal has enough contacts or more', () => {
    expect(multiThreadingGap(100_000, 3)).toBe(0);
    expect(multiThreadingGap(10_000, 6)).toBe(0);
  });

  it('rejects a contact count that is not a whole number ≥ 0', () => {
    expect(() => multiThreadingGap(10_000, -1)).toThrow(
      'multiThreadingGap: contacts must be a whole number ≥ 0 (got -1)',
    );
    expect(() => multiThreadingGap(10_000, 1.5)).toThrow('multiThreadingGap');
  });
});
