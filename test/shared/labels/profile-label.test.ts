import { describe, expect, it } from 'vitest';
import { LABEL_TEXTS } from '../../../shared/labels/label-texts';
import { profileLabel } from '../../../shared/labels/profile-label';
import { PROFILE_LABEL_TEXTS } from '../../../shared/labels/profile-label-texts';

describe('profileLabel', () => {
  it("gives the playbook's tier touch rhythms, signals and channels in both languages", () => {
    // playbook §6 tier table: tier 1 gets 2-3 touches a week; anti-signal: no budget
    expect(profileLabel('touches.1', 'en')).toBe('2-3 touches a week');
    expect(profileLabel('touches.new', 'zh')).toBe('1小时内回复');
    expect(profileLabel('antiSignal.tooSmall', 'en')).toBe('Under 20 employees');
    expect(profileLabel('antiSignal.noBudget', 'zh')).toBe('没有预算');
    expect(profileLabel('precise.keyPerson', 'zh')).toBe('已找到关键人（最终签字的人）');
  });

  it('has an English and a Chinese text for every key, and no key of the main table', () => {
    for (const [key, [en, zh]] of Object.entries(PROFILE_LABEL_TEXTS)) {
      expect(en.trim(), key).not.toBe('');
      expect(zh, key).toMatch(/[\u4e00-\u9fff]/);
      expect(key in LABEL_TEXTS, key).toBe(false);
    }
    // §6 and §7: 4 tiers, 6 firmographics, 5 pain signals, 4 anti-signals, 3 precise marks, 3 channels
    expect(Object.keys(PROFILE_LABEL_TEXTS)).toHaveLength(25);
  });
});
