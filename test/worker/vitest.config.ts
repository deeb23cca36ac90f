import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineProject } from 'vitest/config';

const root = new URL('../..', import.meta.url).pathname;

// Worker tests run inside workerd with the real wrangler.toml bindings and a
// local D1 that the setup file migrates with the real migrations; the
// snapshot Durable Objects run in the same pool.
export default defineProject(async () => {
  const migrations = await readD1Migrations(`${root}worker/migrations`);
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: `${root}wrangler.toml` },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            MAX_BODY_BYTES: '200000',
            // Opens the storage migration route (a secret in production).
            ADMIN_TOKEN: 'test-admin-token',
          },
        },
      }),
    ],
    test: {
      name: 'worker',
      root,
      include: ['test/worker/**/*.test.ts'],
      setupFiles: ['test/worker/apply-migrations.ts'],
    },
  };
});
