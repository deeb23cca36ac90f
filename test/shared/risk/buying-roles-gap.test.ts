import { describe, expect, it } from 'vitest';
import { buyingRoleLabel, parseBuyingRole } from '../../../shared/risk/buying-roles';
import { buyingRolesGap } from '../../../shared/risk/buying-roles-gap';

describe('buyingRolesGap', () => {
  it('needs the champion and the decision maker under 25,000', () => {
    // playbook §5: under 25,000 → 2 contacts (champion, economic buyer)
    expect(buyingRolesGap(24_999, ['champion'])).toEqual({
      minimum: 2,
      required: ['champion', 'decisionMaker'],
      missing: ['decisionMaker'],
    });
  });

  it('adds the technical evaluator and an end user from 25,000 to 100,000', () => {
    // playbook §5: 25,000-100,000 → 3-4 (add technical evaluator, end user); both edges
    for (const amount of [25_000, 100_000]) {
      expect(buyingRolesGap(amount, ['champion', 'user']).missing).toEqual([
        'decisionMaker',
        'technicalEvaluator',
      ]);
    }
  });

  it('asks for all seven roles over 100,000', () => {
    // playbook §5: over 100,000 → 5+ (add procurement, legal, executive sponsor)
    const gap = buyingRolesGap(100_001, [
      'champion',
      'decisionMaker',
      'technicalEvaluator',
      'user',
    ]);
    expect(gap.minimum).toBe(5);
    expect(gap.missing).toEqual(['budgetOwner', 'influencer', 'blocker']);
  });

  it('reads roles in English and Chinese', () => {
    expect(parseBuyingRole('Economic buyer')).toBe('decisionMaker');
    expect(parseBuyingRole(' optimiser ')).toBe('technicalEvaluator');
    expect(parseBuyingRole('预算拥有者')).toBe('budgetOwner');
    expect(parseBuyingRole('Blocker-known')).toBe('blocker');
    expect(parseBuyingRole('sponsor')).toBeNull();
    expect(buyingRoleLabel('influencer', 'zh')).toBe('影响者');
  });
});
