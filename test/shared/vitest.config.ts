import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'shared',
    environment: 'node',
    include: ['test/shared/**/*.test.ts'],
    setupFiles: ['test/shared/row-kernel-setup.ts'],
    root: new URL('../..', import.meta.url).pathname,
  },
});
