import { describe, expect, it } from 'vitest';
import { selfGeneratedShare } from '../../../shared/metrics/self-generated-share';
import { PlaybookError } from '../../../shared/types';

describe('selfGeneratedShare', () => {
  it('is the time on self-generated pipeline over all selling time', () => {
    // playbook §8: about 35% of the week; hand calculation 14 h / 40 h = 0.35
    expect(selfGeneratedShare(14, 40)).toBeCloseTo(0.35, 10);
    expect(selfGeneratedShare(0, 40)).toBe(0);
  });

  it('has no answer with no time recorded, and refuses impossible figures', () => {
    expect(selfGeneratedShare(0, 0)).toBeNull();
    expect(() => selfGeneratedShare(41, 40)).toThrow(PlaybookError);
    expect(() => selfGeneratedShare(-1, 40)).toThrow(PlaybookError);
  });
});
