// npm run push:addon — builds the add-on, checks the bundle, then uploads
// dist/addon/ to the Apps Script project named in .clasp.json with clasp.
//
// Stops with a clear message, before anything is uploaded, when:
//   - the build fails or Code.js is over its size budget;
//   - Code.js, run in a fresh V8 context, lacks a required top-level function
//     or one has other parameter names (addon/scripts/required-functions.mjs);
//   - .clasp.json still has the placeholder script ID;
//   - clasp is not logged in (run `npx clasp login` once).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../build.mjs';
import { checkBundle } from './required-functions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

function fail(message) {
  console.error(`push:addon: ${message}`);
  process.exit(1);
}

function clasp(args, options = {}) {
  const bin = join(root, 'node_modules', '.bin', 'clasp');
  return spawnSync(bin, args, { cwd: root, encoding: 'utf8', ...options });
}

await build().catch((error) => fail(error.message));

const code = readFileSync(join(root, 'dist', 'addon', 'Code.js'), 'utf8');
const problems = checkBundle(code);
if (problems.length > 0) fail(`Code.js is incomplete:\n  ${problems.join('\n  ')}`);
console.log('push:addon: Code.js defines every required function');

let project;
try {
  project = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
} catch (error) {
  fail(`cannot read .clasp.json (${error.message})`);
}
if (!project.scriptId || project.scriptId === PLACEHOLDER) {
  fail(
    '.clasp.json still has the placeholder script ID. Put the ID of your Apps Script project ' +
      '(Extensions > Apps Script > Project settings > Script ID) in "scriptId", or run ' +
      '`npx clasp create --type sheets --title "Sales Playbook" --rootDir dist/addon` and keep rootDir "dist/addon".',
  );
}
if (project.rootDir !== 'dist/addon') {
  fail(`.clasp.json must have "rootDir": "dist/addon" (has ${JSON.stringify(project.rootDir)})`);
}

const who = clasp(['show-authorized-user', '--json']);
let loggedIn = false;
try {
  loggedIn = JSON.parse(who.stdout).loggedIn === true;
} catch {
  loggedIn = false;
}
if (who.error) fail(`cannot run clasp (${who.error.message}); run npm install first`);
if (!loggedIn) fail('clasp is not logged in: run `npx clasp login` once, then push again.');

const push = clasp(['push', '--force'], { stdio: 'inherit' });
if (push.status !== 0) fail(`clasp push failed (exit code ${push.status})`);
console.log(`push:addon: pushed dist/addon/ to script ${project.scriptId}`);
