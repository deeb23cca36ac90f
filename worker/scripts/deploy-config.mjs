// The checks `npm run deploy` makes on wrangler.toml's [env.production] before it
// deploys anything. Kept apart from deploy.mjs so tests can call them.

/**
 * Reads the flat settings of a wrangler.toml, table by table. Each table name
 * maps to a list: one entry for a `[table]`, one per block for an array of
 * tables (`[[ratelimits]]`); the top level is `''`. Strings lose their quotes;
 * inline tables and arrays are kept as their text. Enough for wrangler.toml's
 * settings, not a general TOML reader.
 * @param {string} text the file's content
 * @returns {Record<string, Record<string, string>[]>}
 */
export function readSettings(text) {
  const tables = { '': [{}] };
  let current = tables[''][0];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^(\[\[?)\s*([^\]]+?)\s*\]\]?$/.exec(line);
    if (header) {
      const name = header[2];
      tables[name] ??= [];
      if (header[1] === '[[' || tables[name].length === 0) tables[name].push({});
      current = tables[name][tables[name].length - 1];
      continue;
    }
    const setting = /^([A-Za-z0-9_.-]+)\s*=\s*(.*)$/.exec(line);
    if (!setting) continue;
    const value = setting[2].trim();
    const quoted = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(value);
    current[setting[1]] = quoted ? quoted[1] : value.replace(/\s+#.*$/, '');
  }
  return tables;
}

/** Hosts a production Worker must never accept calls from: the developer's own machine. */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * What is wrong with an ALLOWED_ORIGINS value for production: empty, a local
 * address, or something that is not an origin.
 * @param {string | undefined} value the comma-separated origins
 * @returns {string[]} one sentence per problem; empty when the value is fine
 */
export function originProblems(value) {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  if (origins.length === 0) {
    return [
      '[env.production.vars] ALLOWED_ORIGINS is empty: set the origins of the sites that call the API (https://app.example.com), or "*" for any.',
    ];
  }
  const problems = [];
  for (const origin of origins) {
    if (origin === '*') continue;
    let url;
    try {
      url = new URL(origin);
    } catch {
      problems.push(
        `ALLOWED_ORIGINS: "${origin}" is not an origin such as https://app.example.com.`,
      );
      continue;
    }
    if (LOCAL_HOST.test(url.hostname)) {
      problems.push(
        `ALLOWED_ORIGINS: "${origin}" is a local address; production must not list it.`,
      );
    } else if (url.origin !== origin) {
      problems.push(
        `ALLOWED_ORIGINS: "${origin}" is not an origin (scheme, host and port only: ${url.origin}).`,
      );
    }
  }
  return problems;
}

/** Bytes one Durable Object holds (SQLite storage, Free and Paid plans). */
export const OBJECT_STORAGE_BYTES = 10_000_000_000;

/**
 * What is wrong with a MAX_TEAM_STORAGE_BYTES value for production: it must be
 * a whole number of bytes below what one team's object holds, or writes past
 * the object's limit fail instead of being refused with a clear answer.
 * @param {string | undefined} value the variable as written
 * @returns {string[]} one sentence per problem; empty when the value is fine
 */
export function storageLimitProblems(value) {
  if (value === undefined) return [];
  const bytes = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(bytes) || bytes <= 0) {
    return [`MAX_TEAM_STORAGE_BYTES: "${value}" is not a whole number of bytes.`];
  }
  if (bytes >= OBJECT_STORAGE_BYTES) {
    return [
      `MAX_TEAM_STORAGE_BYTES: ${value} is not below ${OBJECT_STORAGE_BYTES}, the most one team's Durable Object holds; leave room (8000000000 as shipped).`,
    ];
  }
  return [];
}

/**
 * Everything that stops a production deploy in a wrangler.toml: no
 * [env.production]; ALLOWED_ORIGINS empty or local; analysis without a key; a
 * team storage limit that is not below an object's 10 GB; a
 * development var or rate limiter missing from production (wrangler does not
 * inherit them); a rate limiter sharing a development namespace; no D1 binding;
 * a Durable Object binding or migration of the top level missing from production.
 * @param {string} text the wrangler.toml content
 * @returns {string[]} one sentence per problem; empty when the deploy may go on
 */
export function productionProblems(text) {
  const tables = readSettings(text);
  if (!tables['env.production']) {
    return ['wrangler.toml has no [env.production] section.'];
  }
  const vars = tables['env.production.vars']?.[0] ?? {};
  const problems = originProblems(vars.ALLOWED_ORIGINS);
  if (vars.REQUIRE_KEY_FOR_ANALYZE !== 'true') {
    problems.push('[env.production.vars] REQUIRE_KEY_FOR_ANALYZE must be "true".');
  }
  problems.push(...storageLimitProblems(vars.MAX_TEAM_STORAGE_BYTES));
  for (const name of Object.keys(tables.vars?.[0] ?? {})) {
    if (!(name in vars)) problems.push(`[env.production.vars] has no ${name}.`);
  }
  const devNamespaces = new Set((tables.ratelimits ?? []).map((limiter) => limiter.namespace_id));
  const limiters = tables['env.production.ratelimits'] ?? [];
  for (const { name } of tables.ratelimits ?? []) {
    if (!limiters.some((limiter) => limiter.name === name)) {
      problems.push(`[[env.production.ratelimits]] has no ${name}.`);
    }
  }
  const seen = new Set();
  for (const { name, namespace_id: namespace } of limiters) {
    if (!namespace) {
      problems.push(`[[env.production.ratelimits]] ${name} needs its own namespace_id.`);
    } else if (devNamespaces.has(namespace)) {
      problems.push(
        `[[env.production.ratelimits]] ${name}: namespace_id ${namespace} is a development one; give production its own.`,
      );
    } else if (seen.has(namespace)) {
      problems.push(
        `[[env.production.ratelimits]] ${name}: namespace_id ${namespace} is used twice.`,
      );
    }
    seen.add(namespace);
  }
  if (!(tables['env.production.d1_databases'] ?? []).some((db) => db.binding === 'DB')) {
    problems.push('[env.production] needs its own [[env.production.d1_databases]] binding DB.');
  }
  const objects = tables['env.production.durable_objects.bindings'] ?? [];
  for (const { name, class_name: className } of tables['durable_objects.bindings'] ?? []) {
    if (!objects.some((o) => o.name === name && o.class_name === className)) {
      problems.push(
        `[[env.production.durable_objects.bindings]] has no ${name} of class ${className}.`,
      );
    }
  }
  const migrations = tables['env.production.migrations'] ?? [];
  for (const { tag, new_sqlite_classes: classes } of tables.migrations ?? []) {
    if (!migrations.some((m) => m.tag === tag && m.new_sqlite_classes === classes)) {
      problems.push(`[[env.production.migrations]] has no tag ${tag} with the same classes.`);
    }
  }
  return problems;
}
