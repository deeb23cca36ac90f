import { readFileSync } from 'node:fs';
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
export default async function setup(project: TestProject): Promise<void> {
  const { sidebars } = await build({ quiet: true });
  const out = join(project.config.root, 'dist', 'addon');
  project.provide('root', project.config.root);
  project.provide(
    'sidebars',
    Object.fromEntries(
      sidebars.map((name) => [name, readFileSync(join(out, `${name}.html`), 'utf8')]),
    ),
  );
}
