import { describe, expect, it } from 'vitest';
import {
  checkTeam,
  insertSql,
  keyId,
  makeKey,
  revokeSql,
  revokeTarget,
  sqlString,
  TEAM_NAME,
} from '../../worker/scripts/key.mjs';

const WHEN = '2026-12-01T15:00:00.000Z';

describe('sqlString', () => {
  it('quotes a value that matches its pattern, doubling quotes', () => {
    expect(sqlString('acme', TEAM_NAME, 'team')).toBe("'acme'");
    expect(sqlString("o'neil", /^[a-z']+$/, 'name')).toBe("'o''neil'");
  });

  it.each([
    ["x'); DELETE FROM keys; --", TEAM_NAME],
    ['', TEAM_NAME],
    ['a'.repeat(65), TEAM_NAME],
    ['tab\there', /^.*$/],
    ['new\nline', /^[\s\S]*$/],
    ['nul\0byte', /^[\s\S]*$/],
    ['équipe', /^.*$/],
    [42, /^.*$/],
  ])('refuses %j', (text, pattern) => {
    expect(() => sqlString(text, pattern, 'value')).toThrow(/is not valid/);
  });
});

describe('team names and key ids', () => {
  it.each(['acme', 'Team_1', 'sales.emea-2', 'a'.repeat(64), '5df7c1196b6092d2'])(
    'accepts the team name %s',
    (team) => {
      expect(checkTeam(team)).toBe(team);
    },
  );

  it.each(['', 'two words', "o'neil", 'a;b', 'a'.repeat(65), 'ümlaut'])(
    'refuses the team name %j',
    (team) => {
      expect(() => checkTeam(team)).toThrow(/team name/);
    },
  );

  it('reads a key id from the id or from the whole key', () => {
    const made = makeKey();
    expect(keyId(made.id)).toBe(made.id);
    expect(keyId(made.key)).toBe(made.id);
    expect(() => keyId('demo')).toThrow(/not a key id/);
    expect(() => keyId(`${made.id}'`)).toThrow(/not a key id/);
  });
});

describe('the statements', () => {
  it('stores a key with every value quoted', () => {
    const made = makeKey();
    expect(insertSql(made, 'acme', WHEN)).toBe(
      `INSERT INTO keys (id, team, hash, created) VALUES ('${made.id}', 'acme', '${made.hash}', '${WHEN}')`,
    );
  });

  it('refuses to store a key for a team name that is not valid', () => {
    expect(() => insertSql(makeKey(), "a' OR '1'='1", WHEN)).toThrow(/team name/);
  });

  it('revokes by id or by team, never guessing which', () => {
    expect(revokeSql({ id: '5df7c1196b6092d2' }, WHEN)).toBe(
      `UPDATE keys SET revoked = '${WHEN}' WHERE id = '5df7c1196b6092d2' AND revoked IS NULL RETURNING id`,
    );
    // A team may be named like a key id: --team revokes the team.
    expect(revokeSql({ team: '5df7c1196b6092d2' }, WHEN)).toContain(
      "WHERE team = '5df7c1196b6092d2' AND",
    );
  });

  it('reads revoke --id <id> and revoke --team <team>, and nothing else', () => {
    expect(revokeTarget(['--id', '5df7c1196b6092d2'])).toEqual({ id: '5df7c1196b6092d2' });
    expect(revokeTarget(['--team', 'acme'])).toEqual({ team: 'acme' });
    for (const args of [
      ['acme'],
      ['--id'],
      ['--team'],
      ['--team', '--id'],
      ['--id', 'acme'],
      ['--team', 'acme', 'extra'],
      ['--name', 'acme'],
    ]) {
      expect(() => revokeTarget(args), args.join(' ')).toThrow();
    }
  });
});
