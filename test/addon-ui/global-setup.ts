import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from '../../addon/build.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Built sidebar HTML by name (scorecard, weekly-review, monthly, settings). */
    sidebars: Record<string, string>;
    /** The repository root. */
    root: string;
  }
}

// Builds dist/addon/ once and hands the built sidebar pages to the tests, so
// they run exactly what `clasp push` uploads and never read a half-written file.
// The size budget of Code.js is the add-on project's concern (its build test
// fails on it); the sidebar pages are written before that check, so a server
// bundle over budget does not stop the sidebars from being tested.
export default async function setup(project: TestProject): Promise<void> {
  const out = join(project.config.root, 'dist', 'addon');
  try {
    await build({ quiet: true });
  } catch (error) {
    if (!(error instanceof Error && /over the \d+-byte budget/.test(error.message))) throw error;
    console.warn(`addon-ui: ${error.message}`);
  }
  const sidebars = readdirSync(out)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length));
  project.provide('root', project.config.root);
  project.provide(
    'sidebars',
    Object.fromEntries(
      sidebars.map((name) => [name, readFileSync(join(out, `${name}.html`), 'utf8')]),
    ),
  );
}
