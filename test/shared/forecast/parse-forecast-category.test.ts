import { describe, expect, it } from 'vitest';
import { parseForecastCategory } from '../../../shared/forecast/parse-forecast-category';

describe('parseForecastCategory', () => {
  it('reads the category keys', () => {
    expect(parseForecastCategory('commit')).toBe('commit');
    expect(parseForecastCategory('bestCase')).toBe('bestCase');
    expect(parseForecastCategory('omitted')).toBe('omitted');
  });

  it('reads the English labels ignoring case, spaces, hyphens and underscores', () => {
    // playbook §3: Commit > Best Case > Pipeline > Upside; Closed; Omitted
    expect(parseForecastCategory('Commit')).toBe('commit');
    expect(parseForecastCategory('Best Case')).toBe('bestCase');
    expect(parseForecastCategory('  BEST-case ')).toBe('bestCase');
    expect(parseForecastCategory('best_case')).toBe('bestCase');
    expect(parseForecastCategory('PIPELINE')).toBe('pipeline');
    expect(parseForecastCategory('upside')).toBe('upside');
    expect(parseForecastCategory('Closed')).toBe('closed');
    expect(parseForecastCategory('Omitted')).toBe('omitted');
  });

  it('ignores the same separators as stage names, full-width spaces included', () => {
    // the stage-name rule of playbook §1, applied to category words
    expect(parseForecastCategory('最佳\u3000情况')).toBe('bestCase');
    expect(parseForecastCategory('Closed - Won')).toBe('closed');
    expect(parseForecastCategory('closed_lost')).toBe('omitted');
  });

  it('reads the Chinese labels', () => {
    // playbook §3 Chinese names
    expect(parseForecastCategory('肯定会成交')).toBe('commit');
    expect(parseForecastCategory('最佳情况')).toBe('bestCase');
    expect(parseForecastCategory('待成交')).toBe('pipeline');
    expect(parseForecastCategory(' 可能性较低 ')).toBe('upside');
    expect(parseForecastCategory('已成交')).toBe('closed');
    expect(parseForecastCategory('已排除')).toBe('omitted');
  });

  it('reads Won and Lost as Closed and Omitted', () => {
    // playbook §3: Closed Won deals are Closed, Closed Lost deals are Omitted
    expect(parseForecastCategory('Won')).toBe('closed');
    expect(parseForecastCategory('Closed Won')).toBe('closed');
    expect(parseForecastCategory('Lost')).toBe('omitted');
    expect(parseForecastCategory('输单')).toBe('omitted');
  });

  it('returns undefined for blank or unknown text', () => {
    expect(parseForecastCategory('')).toBeUndefined();
    expect(parseForecastCategory('maybe')).toBeUndefined();
    expect(parseForecastCategory('best')).toBeUndefined();
  });
});
