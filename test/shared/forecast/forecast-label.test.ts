import { describe, expect, it } from 'vitest';
import { forecastLabel } from '../../../shared/forecast/forecast-label';

describe('forecastLabel', () => {
  it('names the categories in English and Chinese', () => {
    // playbook §3 category names
    expect(forecastLabel('commit', 'en')).toBe('Commit');
    expect(forecastLabel('commit', 'zh')).toBe('肯定会成交');
    expect(forecastLabel('upside', 'zh')).toBe('可能性较低');
    expect(forecastLabel('bestCase', 'en')).toBe('Best Case');
  });
});
