import { defineProject } from 'vitest/config';

// The sidebars as users see them: the built HTML from dist/addon/ in a real
// headless Chromium, with google.script.run answered by test handlers.
export default defineProject({
  test: {
    name: 'addon-ui',
    environment: 'node',
    include: ['test/addon-ui/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
    globalSetup: ['test/addon-ui/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
