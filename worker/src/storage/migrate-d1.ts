import { dayToIso } from '../days';
import { isStoredDay } from '../stored-data';
import { usableDeals } from '../stored';
import { type ChunkItem, hasNonFinite } from './chunk-codec';
import { encodeDeals, readSnapshot, teamObject } from './snapshot-store';
import { storedReports } from './monthly';
import { summarize } from './summary';
import type { TeamSnapshots } from './team-snapshots';

// Copies the snapshots of the old D1 tables (`snapshots`, `snapshot_deals`,
// worker/migrations/0001 and 0002) into each team's Durable Object. Each
// stored value is copied as it is, damaged or not: a deal that is a JSON
// object goes into the compact chunks field by field, anything else is kept
// as its stored text, so history reads the copy exactly as it read the D1
// rows. The trend figures are worked out from the copy as history reads it.
// A copy carries its D1 version and is marked as one; copying again rewrites
// only such copies, never a snapshot written through the API since.

/** What one migration step did. */
export interface MigrationStep {
  /** Snapshots copied into their team's object. */
  copied: number;
  /** Snapshots left alone: the object holds one written through the API since. */
  kept: number;
  /** D1 rows not dated with a day number, which history never showed. */
  skipped: string[];
  /** Pass as `after` to continue; null when every row has been seen. */
  next: number | null;
}

interface HeaderRow {
  row: number;
  team: unknown;
  as_of: unknown;
  stages: unknown;
  deal_count: unknown;
  created: unknown;
  version: unknown;
}

/** A stored deal as a chunk takes it: a plain object parsed from its text, or the text itself. */
function chunkItemOf(data: unknown): ChunkItem {
  if (typeof data !== 'string') return JSON.stringify(data) ?? '';
  try {
    const value: unknown = JSON.parse(data);
    // JSON cannot write what parsed as Infinity: such a deal stays as its text.
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      !hasNonFinite(value)
    ) {
      return value as Record<string, unknown>;
    }
  } catch {
    // kept as text below
  }
  return data;
}

/**
 * Copies up to `limit` D1 snapshot rows, in rowid order after `after`, into
 * their teams' objects. Each row takes two D1 queries and one object call,
 * so the default of 20 stays within the Free plan's 50 queries per request.
 */
export async function migrateFromD1(
  db: D1Database,
  namespace: DurableObjectNamespace<TeamSnapshots>,
  options: { after?: number; limit?: number } = {},
): Promise<MigrationStep> {
  const limit = options.limit ?? 20;
  const { results } = await db
    .prepare(
      'SELECT rowid AS row, team, as_of, stages, deal_count, created, version FROM snapshots WHERE rowid > ?1 ORDER BY rowid LIMIT ?2',
    )
    .bind(options.after ?? 0, limit)
    .all<HeaderRow>();
  const step: MigrationStep = {
    copied: 0,
    kept: 0,
    skipped: [],
    next: results.length === limit ? (results.at(-1)?.row ?? null) : null,
  };
  for (const header of results) {
    const team = String(header.team);
    if (!isStoredDay(header.as_of)) {
      step.skipped.push(`${team} ${String(header.as_of)}`);
      continue;
    }
    const { results: rows } = await db
      .prepare('SELECT data FROM snapshot_deals WHERE team = ?1 AND as_of = ?2 ORDER BY position')
      .bind(header.team, header.as_of)
      .all<{ data: unknown }>();
    const chunks = encodeDeals(rows.map((r) => chunkItemOf(r.data)));
    const stages =
      typeof header.stages === 'string' ? header.stages : (JSON.stringify(header.stages) ?? '');
    const dealCount =
      Number.isSafeInteger(header.deal_count) && (header.deal_count as number) >= 0
        ? (header.deal_count as number)
        : rows.length;
    const version = Number.isSafeInteger(header.version) ? (header.version as number) : 1;
    const copy = readSnapshot(
      { ...header, stages, deal_count: dealCount, version },
      chunks.map((c, i) => ({ chunk: i, deals: c.deals, data: c.data })),
    );
    const { value, warnings } = usableDeals(copy);
    if (warnings.length > 0) {
      console.warn(
        `Migrating snapshot ${dayToIso(header.as_of)} of team ${team}: ${warnings.length} gap(s) kept as stored, e.g. ${warnings[0]}`,
      );
    }
    const wrote = await teamObject(namespace, team).import(
      {
        asOf: header.as_of,
        stages,
        dealCount,
        created: typeof header.created === 'string' ? header.created : '',
        chunks,
        summary: JSON.stringify(summarize(value)),
        reports: JSON.stringify(storedReports(value)),
      },
      version,
    );
    if (wrote) step.copied++;
    else step.kept++;
  }
  return step;
}
