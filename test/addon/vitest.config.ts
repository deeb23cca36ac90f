import { defineProject } from 'vitest/config';

// The add-on is tested through its built bundle (dist/addon/), so the global
// setup builds it once before any test file runs.
export default defineProject({
  test: {
    name: 'addon',
    environment: 'node',
    include: ['test/addon/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    globalSetup: ['test/addon/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
