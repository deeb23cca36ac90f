import { defineProject } from 'vitest/config';

// Unit tests of the benchmark's own logic (figure comparison, targets,
// profile summary). The benchmark itself runs with `npm run bench`.
export default defineProject({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['test/bench/**/*.test.ts'],
    root: new URL('../..', import.meta.url).pathname,
  },
});
