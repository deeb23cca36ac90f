// `npm run key -- <command>`: manages API keys in the D1 database.
//   create <team>          makes a key for a team and prints it once
//   revoke --id <id>       revokes one key, by its id (or the whole key)
//   revoke --team <team>   revokes every live key of a team
//   list                   lists keys (id, team, created, revoked); never the keys
// Add --remote for the deployed database ([env.production]); without it the local one of `npm start`
// (PERSIST_DIR chooses its folder, as for `npm start`).
//
// Keys follow worker/src/auth.ts: `sp_<16 hex id>_<64 hex secret>`; only the
// SHA-256 of the whole key, in hex, is stored.
//
// `wrangler d1 execute --command` takes no bound parameters, so every value is
// checked against a strict pattern first and then written as a SQL literal by
// `sqlString`, the only place that quotes.

import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { persistArgs, wranglerOutput } from './wrangler.mjs';

/** A key id as `makeKey` makes it, or the whole key (its id is then used). */
const KEY_ID = /^(?:sp_)?([0-9a-f]{16})(?:_[0-9a-f]{64})?$/;
/** Team names: letters, digits, dot, underscore and hyphen, 1 to 64 of them. */
export const TEAM_NAME = /^[A-Za-z0-9._-]{1,64}$/;
const HASH = /^[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

/** A new random key, its public id and the hash to store (same form as worker/src/auth.ts). */
export function makeKey() {
  const id = randomBytes(8).toString('hex');
  const key = `sp_${id}_${randomBytes(32).toString('hex')}`;
  return { id, key, hash: createHash('sha256').update(key).digest('hex') };
}

/**
 * A SQL string literal of `text` that matches `pattern`: quotes doubled, and
 * anything but printable ASCII refused (so no NUL, newline or look-alike
 * character can reach the statement).
 * @throws when `text` is not a string matching `pattern`, or holds other characters
 */
export function sqlString(text, pattern, what) {
  if (typeof text !== 'string' || !pattern.test(text) || !/^[\x20-\x7e]*$/.test(text)) {
    throw new Error(`key: ${what} ${JSON.stringify(String(text))} is not valid.`);
  }
  return `'${text.replaceAll("'", "''")}'`;
}

/** Checks a team name (TEAM_NAME); returns it. */
export function checkTeam(team) {
  if (typeof team !== 'string' || !TEAM_NAME.test(team)) {
    throw new Error(
      `key: team name ${JSON.stringify(String(team))} is not valid: use 1 to 64 letters, digits, ".", "_" or "-".`,
    );
  }
  return team;
}

/** The id of a key id or of a whole key; throws for anything else. */
export function keyId(text) {
  const id = typeof text === 'string' ? KEY_ID.exec(text)?.[1] : undefined;
  if (!id) {
    throw new Error(
      `key: ${JSON.stringify(String(text))} is not a key id (16 hex digits) nor a key (sp_<id>_<secret>).`,
    );
  }
  return id;
}

/** The SQL that stores a new key's hash for a team. */
export function insertSql(made, team, created) {
  const values = [
    sqlString(made.id, KEY_ID, 'key id'),
    sqlString(checkTeam(team), TEAM_NAME, 'team name'),
    sqlString(made.hash, HASH, 'key hash'),
    sqlString(created, TIMESTAMP, 'timestamp'),
  ];
  return `INSERT INTO keys (id, team, hash, created) VALUES (${values.join(', ')})`;
}

/**
 * The SQL that revokes one key (`{ id }`: its id or the whole key) or every live
 * key of a team (`{ team }`).
 */
export function revokeSql(target, when) {
  const which =
    'id' in target
      ? `id = ${sqlString(keyId(target.id), KEY_ID, 'key id')}`
      : `team = ${sqlString(checkTeam(target.team), TEAM_NAME, 'team name')}`;
  return `UPDATE keys SET revoked = ${sqlString(when, TIMESTAMP, 'timestamp')} WHERE ${which} AND revoked IS NULL RETURNING id`;
}

/**
 * Reads the arguments of `revoke`: exactly one of `--id <id>` and `--team <team>`.
 * @returns `{ id }` or `{ team }`
 * @throws with the usage when anything else is given
 */
export function revokeTarget(args) {
  const [flag, value, ...extra] = args;
  if (extra.length > 0 || value === undefined || value.startsWith('--')) {
    throw new Error('key: revoke takes --id <key id> or --team <team>.');
  }
  if (flag === '--id') return { id: keyId(value) };
  if (flag === '--team') return { team: checkTeam(value) };
  throw new Error('key: revoke takes --id <key id> or --team <team>.');
}

/** Runs one SQL statement against the local or remote database; returns its result. */
function execute(sql, remote) {
  const where = remote ? ['--remote', '--env', 'production'] : ['--local', ...persistArgs()];
  const out = wranglerOutput(['d1', 'execute', 'DB', ...where, '--json', '--command', sql]);
  return JSON.parse(out)[0];
}

function usage(message) {
  if (message) console.error(`key: ${message}`);
  console.error(
    'Usage: npm run key -- create <team> [--remote]\n' +
      '       npm run key -- revoke --id <key id> [--remote]\n' +
      '       npm run key -- revoke --team <team> [--remote]\n' +
      '       npm run key -- list [--remote]',
  );
  process.exit(1);
}

function main(argv) {
  const remote = argv.includes('--remote');
  const [command, ...args] = argv.filter((arg) => arg !== '--remote');
  const now = new Date().toISOString();
  if (command === 'create') {
    if (args.length !== 1) usage('give one team name.');
    const team = checkTeam(args[0]);
    const made = makeKey();
    execute(insertSql(made, team, now), remote);
    console.log(`Key ${made.id} for team "${team}" (shown once, keep it safe):\n${made.key}`);
  } else if (command === 'revoke') {
    let target;
    try {
      target = revokeTarget(args);
    } catch (error) {
      usage(error.message.replace(/^key: /, ''));
    }
    const result = execute(revokeSql(target, now), remote);
    const revoked = result.results.map((row) => row.id);
    if (revoked.length === 0) {
      console.error(
        `key: no live key matches ${'id' in target ? `id ${target.id}` : `team "${target.team}"`}.`,
      );
      process.exit(1);
    }
    console.log(`Revoked ${revoked.length} key(s): ${revoked.join(', ')}`);
  } else if (command === 'list') {
    const result = execute(
      'SELECT id, team, created, revoked FROM keys ORDER BY team, created',
      remote,
    );
    console.table(result.results);
  } else {
    usage(command ? `unknown command "${command}".` : undefined);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
