import { describe, expect, it } from 'vitest';
import { parseLanguage } from '../../../shared/labels/parse-language';
import { PlaybookError } from '../../../shared/types';

describe('parseLanguage', () => {
  it('defaults to English when the option is blank or missing', () => {
    expect(parseLanguage(undefined, 'LABEL')).toBe('en');
    expect(parseLanguage(null, 'LABEL')).toBe('en');
    expect(parseLanguage('', 'LABEL')).toBe('en');
    expect(parseLanguage('  ', 'LABEL')).toBe('en');
  });

  it('accepts the usual ways to say English', () => {
    for (const value of ['en', 'EN', ' En ', 'english', 'English']) {
      expect(parseLanguage(value, 'LABEL'), value).toBe('en');
    }
  });

  it('accepts the usual ways to say Simplified Chinese', () => {
    for (const value of ['zh', 'ZH', 'zh-CN', 'zh_cn', 'zh-Hans', 'cn', 'CN', '中文', 'chinese']) {
      expect(parseLanguage(value, 'LABEL'), value).toBe('zh');
    }
  });

  it('rejects other languages with a message naming the function and the value', () => {
    expect(() => parseLanguage('fr', 'LABEL')).toThrow(PlaybookError);
    expect(() => parseLanguage('fr', 'LABEL')).toThrow(
      'LABEL: language must be "en" or "zh" (got "fr")',
    );
  });

  it('rejects values that are not text', () => {
    expect(() => parseLanguage(1, 'report')).toThrow(
      'report: language must be "en" or "zh" (got "1")',
    );
  });
});
