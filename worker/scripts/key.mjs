// `npm run key -- <command>`: manages API keys in the D1 database.
//   create <team>          makes a key for a team and prints it once
//   revoke <team|key id>   revokes every key of a team, or one key (its id or the key itself)
//   list                   lists keys (id, team, created, revoked); never the keys
// Add --remote for the deployed database; without it the local one of `npm start`
// (PERSIST_DIR chooses its folder, as for `npm start`).
//
// Keys follow worker/src/auth.ts: `sp_<16 hex id>_<64 hex secret>`; only the
// SHA-256 of the whole key, in hex, is stored.

import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { persistArgs, wranglerOutput } from './wrangler.mjs';

const KEY_ID = /^(?:sp_)?([0-9a-f]{16})(?:_[0-9a-f]{64})?$/;

/** A new random key, its public id and the hash to store (same form as worker/src/auth.ts). */
export function makeKey() {
  const id = randomBytes(8).toString('hex');
  const key = `sp_${id}_${randomBytes(32).toString('hex')}`;
  return { id, key, hash: createHash('sha256').update(key).digest('hex') };
}

/** A SQL string literal. */
const quote = (text) => `'${String(text).replaceAll("'", "''")}'`;

/** The SQL that stores a new key's hash for a team. */
export function insertSql(made, team, created) {
  return `INSERT INTO keys (id, team, hash, created) VALUES (${quote(made.id)}, ${quote(team)}, ${quote(made.hash)}, ${quote(created)})`;
}

/** The SQL that revokes one key (by id or the key itself) or every live key of a team. */
export function revokeSql(target, when) {
  const id = KEY_ID.exec(target)?.[1];
  const which = id ? `id = ${quote(id)}` : `team = ${quote(target)}`;
  return `UPDATE keys SET revoked = ${quote(when)} WHERE ${which} AND revoked IS NULL RETURNING id`;
}

/** Runs one SQL statement against the local or remote database; returns its result. */
function execute(sql, remote) {
  const where = remote ? ['--remote'] : ['--local', ...persistArgs()];
  const out = wranglerOutput(['d1', 'execute', 'DB', ...where, '--json', '--command', sql]);
  return JSON.parse(out)[0];
}

function usage(message) {
  if (message) console.error(`key: ${message}`);
  console.error(
    'Usage: npm run key -- create <team> [--remote]\n' +
      '       npm run key -- revoke <team|key id> [--remote]\n' +
      '       npm run key -- list [--remote]',
  );
  process.exit(1);
}

function main(argv) {
  const remote = argv.includes('--remote');
  const [command, target, ...extra] = argv.filter((arg) => arg !== '--remote');
  const now = new Date().toISOString();
  if (command === 'create') {
    if (!target?.trim() || extra.length > 0) usage('give one team name.');
    const made = makeKey();
    execute(insertSql(made, target.trim(), now), remote);
    console.log(
      `Key ${made.id} for team "${target.trim()}" (shown once, keep it safe):\n${made.key}`,
    );
  } else if (command === 'revoke') {
    if (!target?.trim() || extra.length > 0) usage('give one team name or key id.');
    const result = execute(revokeSql(target.trim(), now), remote);
    const revoked = result.results.map((row) => row.id);
    if (revoked.length === 0) {
      console.error(`key: no live key matches "${target.trim()}".`);
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
