import { describe, expect, it } from 'vitest';
import { loadAddon, plain } from '../harness/load-addon';

const addon = loadAddon({ services: false });
const call = addon.call;

describe('BUYING_ROLES_GAP', () => {
  it('asks for the champion and the decision maker under 25,000 (playbook §5)', () => {
    // §5: under 25,000 → 2 contacts (champion, economic buyer)
    expect(call('BUYING_ROLES_GAP', 24_999, '')).toBe('Champion, Decision maker');
    expect(call('BUYING_ROLES_GAP', 24_999, 'champion, economic buyer')).toBe('');
    expect(call('BUYING_ROLES_GAP', 0, 'coach')).toBe('Decision maker');
  });

  it('adds the technical evaluator and an end user from 25,000 to 100,000', () => {
    // §5: 25,000-100,000 → 3-4 contacts (add technical evaluator, end user); both edges included
    expect(call('BUYING_ROLES_GAP', 25_000, 'Champion; Economic buyer')).toBe(
      'Technical evaluator, User',
    );
    expect(call('BUYING_ROLES_GAP', 100_000, 'Champion, decision maker, end user')).toBe(
      'Technical evaluator',
    );
  });

  it('asks for all seven roles over 100,000', () => {
    // §5: over 100,000 → 5+ (add procurement, legal, executive sponsor: budget owner,
    // influencer and a known blocker in the seven roles)
    expect(
      call('BUYING_ROLES_GAP', 100_001, 'champion, decision maker, technical evaluator, user'),
    ).toBe('Budget owner, Influencer, Blocker known');
    expect(call('BUYING_ROLES_GAP', 100_001, '')).toBe(
      'Champion, Decision maker, Technical evaluator, User, Budget owner, Influencer, Blocker known',
    );
  });

  it('reads Chinese role words and answers in Chinese', () => {
    expect(call('BUYING_ROLES_GAP', 60_000, '内部支持者、经济买家', 'zh')).toBe(
      '技术评估者、使用者',
    );
    expect(call('BUYING_ROLES_GAP', 10_000, '支持者；拍板人', 'zh')).toBe('');
  });

  it('spills one row per deal, a row of role cells each, blank rows blank', () => {
    const roles = [
      ['Champion', 'Economic buyer', ''],
      ['', '', ''],
      ['Champion', '', 'User'],
      ['', '', ''],
    ];
    expect(plain(call('BUYING_ROLES_GAP', [[20_000], [''], [50_000], [120_000]], roles))).toEqual([
      [''],
      [''],
      ['Decision maker, Technical evaluator'],
      [
        'Champion, Decision maker, Technical evaluator, User, Budget owner, Influencer, Blocker known',
      ],
    ]);
  });

  it('reads every cell of a range of roles for one deal', () => {
    expect(call('BUYING_ROLES_GAP', 30_000, [['Champion'], ['User'], ['Optimiser']])).toBe(
      'Decision maker',
    );
  });

  it('names the argument, row and word that is not a role, in English and Chinese', () => {
    const amounts = [[20_000], [20_000]];
    const roles = [['Champion'], ['Champion, CFO']];
    expect(() => call('BUYING_ROLES_GAP', amounts, roles)).toThrow(
      'BUYING_ROLES_GAP: roles in row 2 must be a buying role such as champion, decision maker or user (got "CFO")',
    );
    expect(() => call('BUYING_ROLES_GAP', amounts, roles, 'zh')).toThrow(
      'BUYING_ROLES_GAP：roles（第 2 行）应为 购买角色，如内部支持者、决策者或使用者（实际为 "CFO"）',
    );
    expect(() => call('BUYING_ROLES_GAP', [[1], [-5]], 'Champion', 'zh')).toThrow(
      'BUYING_ROLES_GAP：amount（第 2 行）应为 ≥ 0 的金额（实际为 -5）',
    );
  });
});
