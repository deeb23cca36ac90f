import { describe, expect, it } from 'vitest';
import { cycleDays } from '../../../shared/pipeline/cycle-days';
import { PlaybookError } from '../../../shared/types';

describe('cycleDays', () => {
  it('counts calendar days between the two day numbers', () => {
    // 2026-01-01 is day 20454 (types.ts); 2026-01-31 is 20484 → 30 days
    expect(cycleDays(20454, 20484)).toBe(30);
  });

  it('is 0 for a deal created and closed the same day', () => {
    expect(cycleDays(20454, 20454)).toBe(0);
  });

  it('throws when the close day is before the created day', () => {
    expect(() => cycleDays(20484, 20454)).toThrow(PlaybookError);
    expect(() => cycleDays(20484, 20454)).toThrow(
      /cycleDays: close day 20454 is before created day 20484/,
    );
  });
});
