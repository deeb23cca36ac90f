import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  originProblems,
  productionProblems,
  readSettings,
  storageLimitProblems,
} from '../../worker/scripts/deploy-config.mjs';

const root = new URL('../..', import.meta.url).pathname;
const committed = readFileSync(join(root, 'wrangler.toml'), 'utf8');

/** The committed wrangler.toml with production's ALLOWED_ORIGINS set to `origins`. */
const withOrigins = (origins: string) =>
  committed.replace(
    /(\[env\.production\.vars\][\s\S]*?)ALLOWED_ORIGINS = "[^"]*"/,
    `$1ALLOWED_ORIGINS = "${origins}"`,
  );

describe('wrangler.toml as committed', () => {
  const settings = readSettings(committed);

  it('keeps the development settings at the top level', () => {
    expect(settings.vars[0].REQUIRE_KEY_FOR_ANALYZE).toBe('false');
    expect(settings.vars[0].ALLOWED_ORIGINS).toContain('127.0.0.1');
  });

  it('requires a key for analysis in production, with rate-limit namespaces of its own', () => {
    expect(settings['env.production.vars'][0].REQUIRE_KEY_FOR_ANALYZE).toBe('true');
    const dev = settings.ratelimits.map((limiter) => limiter.namespace_id);
    const production = settings['env.production.ratelimits'].map((l) => l.namespace_id);
    expect(production.length).toBe(dev.length);
    for (const id of production) {
      expect(id).toMatch(/^\d+$/);
      expect(dev).not.toContain(id);
    }
    expect(settings['env.production.d1_databases'][0].binding).toBe('DB');
  });

  it('is refused for production until ALLOWED_ORIGINS is set, and for nothing else', () => {
    const problems = productionProblems(committed);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/ALLOWED_ORIGINS is empty/);
  });

  it('may be deployed once ALLOWED_ORIGINS names real sites', () => {
    expect(productionProblems(withOrigins('https://app.example.com'))).toEqual([]);
    expect(
      productionProblems(withOrigins('https://app.example.com, https://sheets.example.org:8443')),
    ).toEqual([]);
  });
});

describe('production ALLOWED_ORIGINS', () => {
  it.each([
    '',
    ' , ',
    'http://localhost:8787',
    'http://127.0.0.1:8787',
    'https://app.example.com,http://localhost:8787',
    'http://127.0.0.2',
    'http://[::1]:8787',
    'http://0.0.0.0',
    'https://LOCALHOST',
    'app.example.com',
    'https://app.example.com/',
    'https://app.example.com/path',
  ])('refuses %j', (origins) => {
    expect(originProblems(origins)).not.toEqual([]);
    expect(productionProblems(withOrigins(origins))).not.toEqual([]);
  });

  it.each(['https://app.example.com', 'https://a.example.com,https://b.example.com', '*'])(
    'accepts %j',
    (origins) => {
      expect(originProblems(origins)).toEqual([]);
    },
  );
});

describe('the rest of [env.production]', () => {
  const ready = withOrigins('https://app.example.com');

  it('refuses a file without [env.production]', () => {
    expect(productionProblems(ready.slice(0, ready.indexOf('[env.production]')))).toEqual([
      'wrangler.toml has no [env.production] section.',
    ]);
  });

  it('refuses analysis without a key', () => {
    const open = ready.replace(
      /(\[env\.production\.vars\][\s\S]*?)REQUIRE_KEY_FOR_ANALYZE = "true"/,
      '$1REQUIRE_KEY_FOR_ANALYZE = "false"',
    );
    expect(productionProblems(open)).toEqual([
      '[env.production.vars] REQUIRE_KEY_FOR_ANALYZE must be "true".',
    ]);
  });

  it('refuses the development rate-limit namespace', () => {
    const shared = ready.replace('namespace_id = "2001"', 'namespace_id = "1001"');
    expect(productionProblems(shared)).toEqual([
      expect.stringMatching(/WRITE_LIMITER: namespace_id 1001 is a development one/),
    ]);
  });

  it('refuses a production without the snapshot objects or their migration', () => {
    // Both blocks are written once per environment in wrangler.toml; drop production's.
    const noObjects = ready.replace(
      /\[\[env\.production\.durable_objects\.bindings\]\]\nname = "TEAM_SNAPSHOTS"/,
      '[[env.production.durable_objects.bindings]]\nname = "OTHER"',
    );
    expect(productionProblems(noObjects)).toEqual([
      '[[env.production.durable_objects.bindings]] has no TEAM_SNAPSHOTS of class TeamSnapshots.',
    ]);
    const noMigration = ready.replace(
      /(\[\[env\.production\.migrations\]\]\ntag = )"v1"/,
      '$1"v0"',
    );
    expect(productionProblems(noMigration)).toEqual([
      '[[env.production.migrations]] has no tag v1 with the same classes.',
    ]);
  });

  it('ships the same team storage limit, 8 GB, in development and production', () => {
    const settings = readSettings(ready);
    expect(settings.vars[0].MAX_TEAM_STORAGE_BYTES).toBe('8000000000');
    expect(settings['env.production.vars'][0].MAX_TEAM_STORAGE_BYTES).toBe('8000000000');
  });

  it('refuses a production without MAX_TEAM_STORAGE_BYTES, or with one not below an object’s 10 GB', () => {
    // Only production's line ends the production block's vars; the first match is development's.
    const productionLine =
      /(\[env\.production\.vars\][\s\S]*?)MAX_TEAM_STORAGE_BYTES = "8000000000"\n/;
    expect(productionProblems(ready.replace(productionLine, '$1'))).toEqual([
      '[env.production.vars] has no MAX_TEAM_STORAGE_BYTES.',
    ]);
    const tooBig = ready.replace(productionLine, '$1MAX_TEAM_STORAGE_BYTES = "10000000000"\n');
    expect(productionProblems(tooBig)).toEqual([
      expect.stringMatching(/^MAX_TEAM_STORAGE_BYTES: 10000000000 is not below 10000000000/),
    ]);
  });

  it.each([
    // [value, problems]: edges around the 10,000,000,000 bytes of one Durable Object.
    ['9999999999', 0],
    ['1', 0],
    ['10000000000', 1],
    ['0', 1],
    ['8e9', 1],
    ['-5', 1],
    ['8 GB', 1],
    ['', 1],
  ] as const)('checks MAX_TEAM_STORAGE_BYTES = "%s": %i problem(s)', (value, count) => {
    expect(storageLimitProblems(value)).toHaveLength(count);
  });

  it('refuses a development var or rate limiter that production lacks', () => {
    const extra = ready
      .replace('[[d1_databases]]', 'NEW_SETTING = "1"\n\n[[d1_databases]]')
      .replace(
        '[observability]',
        '[[ratelimits]]\nname = "NEW_LIMITER"\nnamespace_id = "1009"\n\n[observability]',
      );
    expect(productionProblems(extra)).toEqual([
      '[env.production.vars] has no NEW_SETTING.',
      '[[env.production.ratelimits]] has no NEW_LIMITER.',
    ]);
  });
});
