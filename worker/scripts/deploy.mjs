// `npm run deploy`: deploys the Worker's [env.production] to your Cloudflare account.
//   1. checks [env.production] of wrangler.toml (deploy-config.mjs): ALLOWED_ORIGINS
//      set and not local, REQUIRE_KEY_FOR_ANALYZE "true", a rate-limit namespace
//      of its own,
//   2. checks that wrangler is logged in (`npx wrangler login`, or
//      CLOUDFLARE_API_TOKEN + CLOUDFLARE_ACCOUNT_ID in CI),
//   3. runs `npm run check` (skip with --skip-check),
//   4. finds the D1 database named in wrangler.toml, creates it when missing,
//      and writes its id into wrangler.toml,
//   5. applies the migrations to the remote database,
//   6. runs `wrangler deploy --env production`.
// The Worker needs no secrets: API keys live in D1 as SHA-256 hashes
// (`npm run key -- create <team> --remote`). Settings are the
// [env.production.vars] of wrangler.toml; a deploy never writes or deletes
// secrets, so any set with `wrangler secret put` or in the dashboard stay.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionProblems } from './deploy-config.mjs';
import { root, runWrangler, wranglerOutput } from './wrangler.mjs';

const configPath = join(root, 'wrangler.toml');
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

function fail(message) {
  console.error(`deploy: ${message}`);
  process.exit(1);
}

/** Whether wrangler can reach an account (login or API token). */
function loggedIn() {
  try {
    return JSON.parse(wranglerOutput(['whoami', '--json'])).loggedIn === true;
  } catch {
    return false;
  }
}

/** The id of the D1 database with this name in the account, if any. */
function databaseId(name) {
  const list = JSON.parse(wranglerOutput(['d1', 'list', '--json']));
  return list.find((db) => db.name === name)?.uuid;
}

const problems = productionProblems(readFileSync(configPath, 'utf8'));
if (problems.length > 0) {
  fail(`wrangler.toml is not ready for production:\n  ${problems.join('\n  ')}`);
}

if (!loggedIn()) {
  fail(
    'wrangler is not logged in to a Cloudflare account.\n' +
      '  Run `npx wrangler login` (opens a browser), or set CLOUDFLARE_API_TOKEN\n' +
      '  (and CLOUDFLARE_ACCOUNT_ID) for a token with Workers and D1 edit rights.\n' +
      '  To run the Worker without an account, use `npm start`.',
  );
}

if (!process.argv.includes('--skip-check')) {
  const check = spawnSync('npm', ['run', 'check'], { cwd: root, stdio: 'inherit' });
  if (check.status !== 0) fail('`npm run check` failed; fix it or pass --skip-check.');
}

let config = readFileSync(configPath, 'utf8');
const name = /database_name\s*=\s*"([^"]+)"/.exec(config)?.[1];
const ids = [...config.matchAll(/database_id\s*=\s*"([^"]*)"/g)].map((match) => match[1]);
if (!name) fail('wrangler.toml has no [[d1_databases]] database_name.');

if (ids.some((id) => !id || id === PLACEHOLDER_ID)) {
  let id = databaseId(name);
  if (!id) {
    console.log(`Creating the D1 database "${name}"…`);
    runWrangler(['d1', 'create', name]);
    id = databaseId(name);
  }
  if (!id) fail(`the D1 database "${name}" was not found after creating it.`);
  // The development and production bindings name the same database: fill in
  // every id still empty or the placeholder.
  config = config.replaceAll(
    new RegExp(`database_id\\s*=\\s*"(?:${PLACEHOLDER_ID})?"`, 'g'),
    `database_id = "${id}"`,
  );
  writeFileSync(configPath, config);
  console.log(`wrangler.toml now points at D1 database ${id}; commit it.`);
}

runWrangler(['d1', 'migrations', 'apply', 'DB', '--remote', '--env', 'production']);
runWrangler(['deploy', '--env', 'production']);
console.log(
  '\nDeployed. Make a key for each team with `npm run key -- create <team> --remote`,\n' +
    'and list your sites in [env.production.vars] ALLOWED_ORIGINS of wrangler.toml.',
);
