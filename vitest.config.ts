import { defineConfig } from 'vitest/config';

// One project per layer; each folder under test/ owns its own config so the
// Workers pool, the add-on bundle harness and plain Node tests never mix.
export default defineConfig({
  test: {
    projects: ['test/*/vitest.config.ts'],
  },
});
