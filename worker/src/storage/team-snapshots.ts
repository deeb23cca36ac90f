import { DurableObject } from 'cloudflare:workers';

// One Durable Object per team (`idFromName(team)`) keeps that team's dated
// snapshots in its own SQLite database, so the history grows with the number
// of teams instead of filling one database, and every write of a team runs
// one at a time in its object: the version check and the write are one
// synchronous transaction, which no other write of the team can interleave.
//
// The object stores and returns what it is given; encoding, decoding and
// reading damaged rows robustly happen in the Worker (snapshot-store.ts), so
// the object spends its single thread on storage only.

/** The tables of a team's object. `as_of` is a day number (days since 1970-01-01). */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS snapshots (
  as_of INTEGER PRIMARY KEY,
  stages TEXT NOT NULL,
  deal_count INTEGER NOT NULL,
  created TEXT NOT NULL,
  version INTEGER NOT NULL,
  source TEXT NOT NULL,
  summary TEXT,
  reports TEXT
);
CREATE TABLE IF NOT EXISTS snapshot_chunks (
  as_of INTEGER NOT NULL,
  chunk INTEGER NOT NULL,
  deals INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (as_of, chunk)
);
CREATE TABLE IF NOT EXISTS forecast_calls (
  period TEXT NOT NULL,
  rep_key TEXT NOT NULL,
  rep TEXT NOT NULL,
  call_commit REAL NOT NULL,
  best_case REAL,
  note TEXT,
  updated TEXT NOT NULL,
  version INTEGER NOT NULL,
  PRIMARY KEY (period, rep_key)
);`;

/** A rep's forecast call for a period as the Worker hands it to the object. */
export interface ForecastCallWrite {
  /** The period label as `parsePeriod` writes it (`2026-Q4`). */
  period: string;
  /** The rep's name as sent. */
  rep: string;
  /** The name the call is kept under: trimmed, lower case, so `Ann` and `ann ` are one rep. */
  repKey: string;
  commit: number;
  bestCase: number | null;
  note: string | null;
  updated: string;
}

/** A stored forecast call row. */
export interface StoredForecastCall {
  period: SqlStorageValue;
  rep: SqlStorageValue;
  call_commit: SqlStorageValue;
  best_case: SqlStorageValue;
  note: SqlStorageValue;
  updated: SqlStorageValue;
  version: SqlStorageValue;
}

/** What a call write did: applied with its new version, or refused (If-Match did not hold). */
export type CallWriteOutcome =
  | { applied: true; version: number; replaced: boolean }
  | { applied: false; reason: 'precondition' | 'limit'; current: number | null };

/** A snapshot as the Worker hands it to its team's object. */
export interface SnapshotWrite {
  asOf: number;
  /** The stage table, JSON. */
  stages: string;
  dealCount: number;
  created: string;
  /** Encoded deal chunks, in order (storage/chunk-codec.ts). */
  chunks: { data: string; deals: number }[];
  /** The trend figures, JSON (storage/summary.ts). */
  summary: string;
  /** The monthly reports this snapshot answers, JSON (storage/monthly.ts). */
  reports: string;
}

/** When a write may apply. */
export interface WriteCondition {
  /** Apply only over a stored snapshot of this version (If-Match). */
  ifVersion?: number;
  /** Apply only when the date has no snapshot yet (If-None-Match: *). */
  ifAbsent?: boolean;
  /** Refuse a new date once the team keeps this many snapshots. */
  maxSnapshots?: number;
  /**
   * Refuse a write that would grow the object past `limit` bytes: the
   * database's size now, plus `bytes` (the write's texts as UTF-8,
   * `storedBytes` in snapshot-store.ts), minus the texts of the snapshot it replaces.
   */
  storage?: { limit: number; bytes: number };
}

/** What a write did: applied with its new version, or refused and why. */
export type WriteOutcome =
  | { applied: true; version: number; replaced: boolean }
  | { applied: false; reason: 'precondition' | 'limit'; current: number | null }
  | {
      applied: false;
      reason: 'storage';
      current: number | null;
      /** Bytes of the object's database before the write. */
      size: number;
      /** Bytes the write would add (its texts less those of the snapshot it replaces). */
      adds: number;
    };

/** What a delete did: removed the date, or refused and why (the date's version, null without one). */
export type RemoveOutcome =
  | { removed: true; version: number }
  | { removed: false; reason: 'absent' | 'precondition'; current: number | null };

/** A header row as stored; any column may hold anything in a damaged row. */
export interface StoredHeader {
  as_of: SqlStorageValue;
  stages: SqlStorageValue;
  deal_count: SqlStorageValue;
  created: SqlStorageValue;
  version: SqlStorageValue;
  /** Deals counted over the stored chunks. */
  chunk_deals: SqlStorageValue;
}

/** A stored chunk row. */
export interface StoredChunk {
  chunk: SqlStorageValue;
  deals: SqlStorageValue;
  data: SqlStorageValue;
}

export class TeamSnapshots extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(SCHEMA);
  }

  private versionOf(asOf: number): number | null {
    const row = this.sql.exec('SELECT version FROM snapshots WHERE as_of = ?', asOf).toArray()[0];
    return row ? Number(row.version) : null;
  }

  /**
   * UTF-8 bytes of the texts stored for a date, counted as `storedBytes`
   * (snapshot-store.ts) counts a write: what replacing the date frees.
   */
  private storedBytesOf(asOf: number): number {
    const row = this.sql
      .exec(
        `SELECT IFNULL(octet_length(stages), 0) + IFNULL(octet_length(created), 0)
           + IFNULL(octet_length(summary), 0) + IFNULL(octet_length(reports), 0)
           + (SELECT IFNULL(SUM(octet_length(data)), 0) FROM snapshot_chunks WHERE as_of = ?) AS n
         FROM snapshots WHERE as_of = ?`,
        asOf,
        asOf,
      )
      .toArray()[0];
    return row ? Number(row.n) : 0;
  }

  private writeRows(write: SnapshotWrite, version: number, source: string): void {
    this.sql.exec('DELETE FROM snapshot_chunks WHERE as_of = ?', write.asOf);
    this.sql.exec(
      'INSERT OR REPLACE INTO snapshots (as_of, stages, deal_count, created, version, source, summary, reports) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      write.asOf,
      write.stages,
      write.dealCount,
      write.created,
      version,
      source,
      write.summary,
      write.reports,
    );
    write.chunks.forEach((chunk, i) => {
      this.sql.exec(
        'INSERT INTO snapshot_chunks (as_of, chunk, deals, data) VALUES (?, ?, ?, ?)',
        write.asOf,
        i,
        chunk.deals,
        chunk.data,
      );
    });
  }

  /**
   * Stores a snapshot when `condition` holds, in one transaction: the stored
   * version is read, checked and raised in the same synchronous block as the
   * rows are written, so of writers racing on one version exactly one applies.
   */
  save(write: SnapshotWrite, condition: WriteCondition): WriteOutcome {
    return this.ctx.storage.transactionSync((): WriteOutcome => {
      const current = this.versionOf(write.asOf);
      if (condition.ifVersion !== undefined && current !== condition.ifVersion) {
        return { applied: false, reason: 'precondition', current };
      }
      if (condition.ifAbsent && current !== null) {
        return { applied: false, reason: 'precondition', current };
      }
      if (current === null && condition.maxSnapshots !== undefined) {
        const kept = Number(this.sql.exec('SELECT COUNT(*) AS n FROM snapshots').one().n);
        if (kept >= condition.maxSnapshots) return { applied: false, reason: 'limit', current };
      }
      if (condition.storage !== undefined) {
        // A write that does not grow the team (a smaller replacement) always
        // goes through, so a team over a lowered limit can still shrink.
        const size = this.sql.databaseSize;
        const adds =
          condition.storage.bytes - (current === null ? 0 : this.storedBytesOf(write.asOf));
        if (adds > 0 && size + adds > condition.storage.limit) {
          return { applied: false, reason: 'storage', current, size, adds };
        }
      }
      const version = (current ?? 0) + 1;
      this.writeRows(write, version, 'api');
      return { applied: true, version, replaced: current !== null };
    });
  }

  /**
   * Copies a snapshot from the old D1 tables with its version, unless the
   * date holds a snapshot written through the API since (or a newer copy):
   * running a migration twice leaves the same rows. Returns whether it wrote.
   */
  import(write: SnapshotWrite, version: number): boolean {
    return this.ctx.storage.transactionSync(() => {
      const row = this.sql
        .exec('SELECT version, source FROM snapshots WHERE as_of = ?', write.asOf)
        .toArray()[0];
      if (row && (row.source !== 'd1' || Number(row.version) > version)) return false;
      this.writeRows(write, version, 'd1');
      return true;
    });
  }

  /** Every header row with the deals its chunks hold, oldest first. */
  list(): StoredHeader[] {
    return this.sql
      .exec(
        'SELECT as_of, deal_count, version, (SELECT SUM(deals) FROM snapshot_chunks c WHERE c.as_of = s.as_of) AS chunk_deals FROM snapshots s ORDER BY as_of',
      )
      .toArray() as unknown as StoredHeader[];
  }

  /** Dates of the snapshots between two days (inclusive), oldest first. */
  dates(from: number, to: number): number[] {
    return this.sql
      .exec('SELECT as_of FROM snapshots WHERE as_of BETWEEN ? AND ? ORDER BY as_of', from, to)
      .toArray()
      .map((row) => Number(row.as_of));
  }

  /** The header and chunks of one date, or null. */
  load(asOf: number): { header: StoredHeader; chunks: StoredChunk[] } | null {
    const header = this.sql
      .exec(
        'SELECT as_of, stages, deal_count, created, version, NULL AS chunk_deals FROM snapshots WHERE as_of = ?',
        asOf,
      )
      .toArray()[0] as unknown as StoredHeader | undefined;
    if (!header) return null;
    const chunks = this.sql
      .exec('SELECT chunk, deals, data FROM snapshot_chunks WHERE as_of = ? ORDER BY chunk', asOf)
      .toArray() as unknown as StoredChunk[];
    return { header, chunks };
  }

  /** The stored trend figures of some dates (`summary` as stored, maybe null). */
  summaries(dates: number[]): { as_of: number; summary: SqlStorageValue }[] {
    const out: { as_of: number; summary: SqlStorageValue }[] = [];
    for (const day of dates) {
      const row = this.sql
        .exec('SELECT as_of, summary FROM snapshots WHERE as_of = ?', day)
        .toArray()[0];
      if (row) out.push({ as_of: Number(row.as_of), summary: row.summary });
    }
    return out;
  }

  /** The stored monthly reports of a date (as stored, maybe null), or undefined without the date. */
  reports(asOf: number): SqlStorageValue | undefined {
    return this.sql.exec('SELECT reports FROM snapshots WHERE as_of = ?', asOf).toArray()[0]
      ?.reports;
  }

  /** Deletes a date and its deals; returns whether it was there. */
  remove(asOf: number): boolean {
    return this.ctx.storage.transactionSync(() => {
      const had = this.versionOf(asOf) !== null;
      this.sql.exec('DELETE FROM snapshot_chunks WHERE as_of = ?', asOf);
      this.sql.exec('DELETE FROM snapshots WHERE as_of = ?', asOf);
      return had;
    });
  }

  /**
   * Deletes a date and its deals (its trend figures and reports are columns
   * of its row) when it is there and, with `ifVersion`, still at that
   * version; the check and the delete are one transaction.
   */
  removeIf(asOf: number, ifVersion?: number): RemoveOutcome {
    return this.ctx.storage.transactionSync((): RemoveOutcome => {
      const current = this.versionOf(asOf);
      if (ifVersion !== undefined && current !== ifVersion) {
        return { removed: false, reason: 'precondition', current };
      }
      if (current === null) return { removed: false, reason: 'absent', current };
      this.sql.exec('DELETE FROM snapshot_chunks WHERE as_of = ?', asOf);
      this.sql.exec('DELETE FROM snapshots WHERE as_of = ?', asOf);
      return { removed: true, version: current };
    });
  }

  /**
   * Stores a rep's call for a period when `ifVersion` (If-Match) or
   * `ifAbsent` (If-None-Match: *) holds and, for a new rep, while the period
   * has fewer than `maxCalls` calls; the check and the write are one transaction.
   */
  putCall(
    write: ForecastCallWrite,
    condition: { ifVersion?: number; ifAbsent?: boolean; maxCalls: number },
  ): CallWriteOutcome {
    return this.ctx.storage.transactionSync((): CallWriteOutcome => {
      const row = this.sql
        .exec(
          'SELECT version FROM forecast_calls WHERE period = ? AND rep_key = ?',
          write.period,
          write.repKey,
        )
        .toArray()[0];
      const current = row ? Number(row.version) : null;
      if (condition.ifVersion !== undefined && current !== condition.ifVersion) {
        return { applied: false, reason: 'precondition', current };
      }
      if (condition.ifAbsent && current !== null) {
        return { applied: false, reason: 'precondition', current };
      }
      if (current === null) {
        const kept = Number(
          this.sql
            .exec('SELECT COUNT(*) AS n FROM forecast_calls WHERE period = ?', write.period)
            .one().n,
        );
        if (kept >= condition.maxCalls) return { applied: false, reason: 'limit', current };
      }
      const version = (current ?? 0) + 1;
      this.sql.exec(
        'INSERT OR REPLACE INTO forecast_calls (period, rep_key, rep, call_commit, best_case, note, updated, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        write.period,
        write.repKey,
        write.rep,
        write.commit,
        write.bestCase,
        write.note,
        write.updated,
        version,
      );
      return { applied: true, version, replaced: current !== null };
    });
  }

  /** The calls of a period, by rep name. */
  calls(period: string): StoredForecastCall[] {
    return this.sql
      .exec(
        'SELECT period, rep, call_commit, best_case, note, updated, version FROM forecast_calls WHERE period = ? ORDER BY rep_key',
        period,
      )
      .toArray() as unknown as StoredForecastCall[];
  }

  /** Bytes of the object's SQLite database, as billed. */
  storageBytes(): number {
    return this.sql.databaseSize;
  }
}
