import { defineProject } from 'vitest/config';

// The Worker as people run it: `npm start` (assets built, local D1 migrated,
// wrangler dev) on a free port with its own database folder, the report page in
// a real headless Chromium, and the key script against that database.
export default defineProject({
  test: {
    name: 'worker-page',
    environment: 'node',
    include: ['test/worker-page/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    globalSetup: ['test/worker-page/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
