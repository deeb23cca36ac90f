import type { Deal, StageDefinition } from '../../shared/types';
import {
  FIRST_STORED_DAY,
  isStoredDay,
  LAST_STORED_DAY,
  readStoredDeal,
  readStoredStages,
} from '../src/stored-data';

/** A row of the `snapshots` table. */
export interface SnapshotRow {
  team: string;
  as_of: number;
  stages: string;
  deal_count: number;
  created: string;
  version: number;
}

/** A row of the `snapshot_deals` table. */
export interface SnapshotDealRow {
  position: number;
  deal_key: string;
  data: string;
}

/** A stored snapshot without its deals. */
export interface SnapshotInfo {
  team: string;
  /** Day number of the snapshot date. */
  asOf: number;
  /** The stage table the deals were read with. */
  stages: StageDefinition[];
  dealCount: number;
  /** When it was stored (ISO timestamp). */
  created: string;
  /** Raised by one on every write of the team and date; 1 for the first. */
  version: number;
}

/** A stored snapshot with its deals in input order. */
export interface Snapshot extends SnapshotInfo {
  deals: Deal[];
  /**
   * What could not be read as stored: dropped deal fields, skipped deals, a
   * stage table replaced by the playbook's (see `readStoredDeal`,
   * `readStoredStages`). Empty for data this version wrote.
   */
  warnings: string[];
}

/** D1 accepts at most 100 bound parameters per statement. */
const MAX_PARAMS = 100;
/** Each deal row binds 3 parameters; ?1 (team), ?2 (date) and ?3 (write token) are shared. */
const ROWS_PER_STATEMENT = Math.floor((MAX_PARAMS - 3) / 3);
/** Keeps each statement's bound data well under D1's 100 KB statement limit. */
const MAX_CHUNK_BYTES = 80_000;

/**
 * Groups deal rows into chunks that each fit one INSERT: at most 32 rows and
 * about 80 KB of JSON. A single deal larger than that gets a chunk of its own.
 */
function chunkDealRows(rows: readonly SnapshotDealRow[]): SnapshotDealRow[][] {
  const chunks: SnapshotDealRow[][] = [];
  let current: SnapshotDealRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const size = row.data.length + row.deal_key.length;
    if (
      current.length > 0 &&
      (current.length === ROWS_PER_STATEMENT || bytes + size > MAX_CHUNK_BYTES)
    ) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** When a snapshot write may apply; see `replaceSnapshotStatements`. */
export interface WriteCondition {
  /** A random token that marks this write's header row. */
  token: string;
  /** Apply only over a stored snapshot of this version (If-Match). */
  ifVersion?: number;
  /** Apply only when the date has no snapshot yet (If-None-Match: *). */
  ifAbsent?: boolean;
  /** Refuse a new date once the team keeps this many snapshots. */
  maxSnapshots?: number;
}

/** What a snapshot write did: applied with its new version, or refused and why. */
export type WriteOutcome =
  | { applied: true; version: number; replaced: boolean }
  | { applied: false; reason: 'precondition' | 'limit'; current: number | null };

/** The header INSERT of a write: a new date only while the team keeps fewer than ?7 snapshots. */
const HEADER_INSERT =
  'INSERT INTO snapshots (team, as_of, stages, deal_count, created, version, writer) SELECT ?1, ?2, ?3, ?4, ?5, 1, ?6 WHERE ((SELECT COUNT(*) FROM snapshots WHERE team = ?1) < ?7 OR EXISTS (SELECT 1 FROM snapshots WHERE team = ?1 AND as_of = ?2))';
const HEADER_UPDATE_SET =
  'stages = excluded.stages, deal_count = excluded.deal_count, created = excluded.created, version = snapshots.version + 1, writer = excluded.writer';

/**
 * The statements of one snapshot write, to run with `db.batch` (one
 * transaction): read the stored version, write the header only when the
 * condition holds (a conditional UPDATE for `ifVersion`, an INSERT that does
 * nothing on a stored date for `ifAbsent`, an upsert otherwise; a new date
 * only under `maxSnapshots`), then delete and insert the deal rows only when
 * the header carries this write's token, and read the outcome last. The
 * check and the write are the same transaction, so of writers racing on one
 * version exactly one applies; the others change nothing.
 */
export function replaceSnapshotStatements(
  db: D1Database,
  snapshot: Omit<SnapshotInfo, 'dealCount' | 'version'>,
  deals: readonly { key: string; deal: Deal }[],
  condition: WriteCondition = { token: crypto.randomUUID() },
): D1PreparedStatement[] {
  const { team, asOf } = snapshot;
  const { token } = condition;
  const stages = JSON.stringify(snapshot.stages);
  const limit = condition.maxSnapshots ?? Number.MAX_SAFE_INTEGER;
  const header =
    condition.ifVersion !== undefined
      ? db
          .prepare(
            'UPDATE snapshots SET stages = ?3, deal_count = ?4, created = ?5, version = version + 1, writer = ?6 WHERE team = ?1 AND as_of = ?2 AND version = ?7',
          )
          .bind(team, asOf, stages, deals.length, snapshot.created, token, condition.ifVersion)
      : db
          .prepare(
            condition.ifAbsent
              ? `${HEADER_INSERT} ON CONFLICT (team, as_of) DO NOTHING`
              : `${HEADER_INSERT} ON CONFLICT (team, as_of) DO UPDATE SET ${HEADER_UPDATE_SET}`,
          )
          .bind(team, asOf, stages, deals.length, snapshot.created, token, limit);
  const mine = 'EXISTS (SELECT 1 FROM snapshots WHERE team = ?1 AND as_of = ?2 AND writer = ?3)';
  const statements = [
    db.prepare('SELECT version FROM snapshots WHERE team = ?1 AND as_of = ?2').bind(team, asOf),
    header,
    db
      .prepare(`DELETE FROM snapshot_deals WHERE team = ?1 AND as_of = ?2 AND ${mine}`)
      .bind(team, asOf, token),
  ];
  const rows = deals.map((d, position) => ({
    position,
    deal_key: d.key,
    data: JSON.stringify(d.deal),
  }));
  for (const chunk of chunkDealRows(rows)) {
    const values = chunk.map((_, i) => `(?${4 + 3 * i}, ?${5 + 3 * i}, ?${6 + 3 * i})`);
    const params = chunk.flatMap((r) => [r.position, r.deal_key, r.data]);
    statements.push(
      db
        .prepare(
          `INSERT INTO snapshot_deals (team, as_of, position, deal_key, data) SELECT ?1, ?2, column1, column2, column3 FROM (VALUES ${values.join(', ')}) WHERE ${mine}`,
        )
        .bind(team, asOf, token, ...params),
    );
  }
  statements.push(
    db
      .prepare(
        'SELECT version, writer = ?3 AS applied FROM snapshots WHERE team = ?1 AND as_of = ?2',
      )
      .bind(team, asOf, token),
  );
  return statements;
}

/**
 * Stores a team's snapshot for a date in one transaction, replacing the one
 * already there when `condition` allows (see `replaceSnapshotStatements`).
 */
export async function replaceSnapshot(
  db: D1Database,
  snapshot: Omit<SnapshotInfo, 'dealCount' | 'version'>,
  deals: readonly { key: string; deal: Deal }[],
  condition: WriteCondition = { token: crypto.randomUUID() },
): Promise<WriteOutcome> {
  const results = await db.batch<{ version: number; applied?: number }>(
    replaceSnapshotStatements(db, snapshot, deals, condition),
  );
  const before = results[0]?.results[0]?.version ?? null;
  const after = results[results.length - 1]?.results[0];
  if (after?.applied) return { applied: true, version: after.version, replaced: before !== null };
  const precondition =
    condition.ifVersion !== undefined || (condition.ifAbsent === true && before !== null);
  return { applied: false, reason: precondition ? 'precondition' : 'limit', current: before };
}

/**
 * The team's snapshots, oldest first: each one's date and deal count. A row
 * whose date is not a day number is left out (and logged); a deal count that
 * is not a count is replaced by the number of stored deal rows.
 */
export async function listSnapshots(
  db: D1Database,
  team: string,
): Promise<Pick<SnapshotInfo, 'asOf' | 'dealCount' | 'version'>[]> {
  const { results } = await db
    .prepare('SELECT as_of, deal_count, version FROM snapshots WHERE team = ?1 ORDER BY as_of')
    .bind(team)
    .all<Pick<SnapshotRow, 'as_of' | 'deal_count' | 'version'>>();
  const list: Pick<SnapshotInfo, 'asOf' | 'dealCount' | 'version'>[] = [];
  for (const row of results) {
    if (!isStoredDay(row.as_of)) {
      console.warn(`Snapshots of team ${team}: a row dated ${String(row.as_of)} was left out`);
      continue;
    }
    let dealCount = row.deal_count;
    if (!Number.isSafeInteger(dealCount) || dealCount < 0) {
      // Rare: only rows written by hand or by old versions get here.
      const counted = await db
        .prepare('SELECT COUNT(*) AS n FROM snapshot_deals WHERE team = ?1 AND as_of = ?2')
        .bind(team, row.as_of)
        .first<{ n: number }>();
      dealCount = counted?.n ?? 0;
    }
    const version = Number.isSafeInteger(row.version) ? row.version : 1;
    list.push({ asOf: row.as_of, dealCount, version });
  }
  return list;
}

/**
 * The dates of the team's snapshots between two days (inclusive), oldest
 * first. Only rows dated with a day number are found.
 */
export async function listSnapshotDates(
  db: D1Database,
  team: string,
  fromDay = FIRST_STORED_DAY,
  toDay = LAST_STORED_DAY,
): Promise<number[]> {
  const { results } = await db
    .prepare(
      "SELECT as_of FROM snapshots WHERE team = ?1 AND as_of BETWEEN ?2 AND ?3 AND typeof(as_of) = 'integer' ORDER BY as_of",
    )
    .bind(team, Math.max(fromDay, FIRST_STORED_DAY), Math.min(toDay, LAST_STORED_DAY))
    .all<{ as_of: number }>();
  return results.map((row) => row.as_of);
}

/** The date of the team's newest snapshot dated with a day number, or null when it has none. */
export async function newestSnapshotDate(db: D1Database, team: string): Promise<number | null> {
  const row = await db
    .prepare(
      "SELECT MAX(as_of) AS newest FROM snapshots WHERE team = ?1 AND as_of BETWEEN ?2 AND ?3 AND typeof(as_of) = 'integer'",
    )
    .bind(team, FIRST_STORED_DAY, LAST_STORED_DAY)
    .first<{ newest: number | null }>();
  return row?.newest ?? null;
}

/**
 * The team's snapshot for one date, with its deals, or null. Each stored
 * value is checked as it is read (`readStoredStages`, `readStoredDeal`):
 * bad deal fields are dropped, unusable deals skipped, an unusable stage
 * table replaced by the playbook's, and `warnings` says which.
 */
export async function loadSnapshot(
  db: D1Database,
  team: string,
  asOf: number,
): Promise<Snapshot | null> {
  const [header, deals] = await db.batch<SnapshotRow | SnapshotDealRow>([
    db
      .prepare(
        'SELECT team, as_of, stages, deal_count, created, version FROM snapshots WHERE team = ?1 AND as_of = ?2',
      )
      .bind(team, asOf),
    db
      .prepare(
        'SELECT position, deal_key, data FROM snapshot_deals WHERE team = ?1 AND as_of = ?2 ORDER BY position',
      )
      .bind(team, asOf),
  ]);
  const row = header.results[0] as SnapshotRow | undefined;
  if (!row) return null;
  const stages = readStoredStages(row.stages);
  const warnings = [...stages.warnings];
  const read: Deal[] = [];
  (deals.results as SnapshotDealRow[]).forEach((d, position) => {
    const reading = readStoredDeal(d.data, position);
    warnings.push(...reading.warnings);
    if (reading.deal) read.push(reading.deal);
  });
  return {
    team: row.team,
    asOf: row.as_of,
    stages: stages.stages,
    dealCount: row.deal_count,
    created: row.created,
    version: row.version,
    deals: read,
    warnings,
  };
}
