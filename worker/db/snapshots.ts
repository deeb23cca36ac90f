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
/** Each deal row binds 3 parameters; ?1 (team) and ?2 (date) are shared. */
const ROWS_PER_STATEMENT = Math.floor((MAX_PARAMS - 2) / 3);
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

/**
 * The statements that replace a team's snapshot for a date: delete the old
 * deals and header, insert the new header, insert the deals in chunks. Run
 * them with `db.batch` so they commit together or not at all.
 */
export function replaceSnapshotStatements(
  db: D1Database,
  snapshot: Omit<SnapshotInfo, 'dealCount'>,
  deals: readonly { key: string; deal: Deal }[],
): D1PreparedStatement[] {
  const { team, asOf } = snapshot;
  const statements = [
    db.prepare('DELETE FROM snapshot_deals WHERE team = ?1 AND as_of = ?2').bind(team, asOf),
    db.prepare('DELETE FROM snapshots WHERE team = ?1 AND as_of = ?2').bind(team, asOf),
    db
      .prepare(
        'INSERT INTO snapshots (team, as_of, stages, deal_count, created) VALUES (?1, ?2, ?3, ?4, ?5)',
      )
      .bind(team, asOf, JSON.stringify(snapshot.stages), deals.length, snapshot.created),
  ];
  const rows = deals.map((d, position) => ({
    position,
    deal_key: d.key,
    data: JSON.stringify(d.deal),
  }));
  for (const chunk of chunkDealRows(rows)) {
    const values = chunk.map((_, i) => `(?1, ?2, ?${3 + 3 * i}, ?${4 + 3 * i}, ?${5 + 3 * i})`);
    const params = chunk.flatMap((r) => [r.position, r.deal_key, r.data]);
    statements.push(
      db
        .prepare(
          `INSERT INTO snapshot_deals (team, as_of, position, deal_key, data) VALUES ${values.join(', ')}`,
        )
        .bind(team, asOf, ...params),
    );
  }
  return statements;
}

/**
 * Stores a team's snapshot for a date, replacing the one already there, in
 * one transaction; returns whether one was replaced.
 */
export async function replaceSnapshot(
  db: D1Database,
  snapshot: Omit<SnapshotInfo, 'dealCount'>,
  deals: readonly { key: string; deal: Deal }[],
): Promise<boolean> {
  const results = await db.batch(replaceSnapshotStatements(db, snapshot, deals));
  // The second statement deletes the old header row, when there was one.
  return (results[1]?.meta.changes ?? 0) > 0;
}

/**
 * The team's snapshots, oldest first: each one's date and deal count. A row
 * whose date is not a day number is left out (and logged); a deal count that
 * is not a count is replaced by the number of stored deal rows.
 */
export async function listSnapshots(
  db: D1Database,
  team: string,
): Promise<Pick<SnapshotInfo, 'asOf' | 'dealCount'>[]> {
  const { results } = await db
    .prepare('SELECT as_of, deal_count FROM snapshots WHERE team = ?1 ORDER BY as_of')
    .bind(team)
    .all<Pick<SnapshotRow, 'as_of' | 'deal_count'>>();
  const list: Pick<SnapshotInfo, 'asOf' | 'dealCount'>[] = [];
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
    list.push({ asOf: row.as_of, dealCount });
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
        'SELECT team, as_of, stages, deal_count, created FROM snapshots WHERE team = ?1 AND as_of = ?2',
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
    deals: read,
    warnings,
  };
}
