import type { SelfAssessment } from '../../../shared/analysis/self-assessment';
import type { Deal, StageDefinition } from '../../../shared/types';
import { dayToIso } from '../days';
import { FIRST_STORED_DAY, isStoredDay, LAST_STORED_DAY, readStoredStages } from '../stored-data';
import { type ChunkItem, chunkDeals, decodeChunk } from './chunk-codec';
import { readStoredReport, type StoredReports } from './monthly';
import { readSummary, type SnapshotSummary } from './summary';
import { utf8Bytes } from '../snapshot-limits';
import type {
  RemoveOutcome,
  SnapshotWrite,
  TeamSnapshots,
  WriteCondition,
  WriteOutcome,
} from './team-snapshots';

export type { RemoveOutcome, WriteCondition, WriteOutcome } from './team-snapshots';

/** A stored snapshot's place in the team's list. */
export interface SnapshotListing {
  /** Day number of the snapshot date. */
  asOf: number;
  dealCount: number;
  /** Raised by one on every write of the team and date; 1 for the first. */
  version: number;
}

/** A stored snapshot with its deals in input order. */
export interface Snapshot extends SnapshotListing {
  /** The stage table the deals were read with. */
  stages: StageDefinition[];
  /** When it was stored (ISO timestamp). */
  created: string;
  deals: Deal[];
  /**
   * What could not be read as stored: damaged chunks, dropped deal fields,
   * skipped deals, a stage table replaced by the playbook's. Empty for data
   * this version wrote.
   */
  warnings: string[];
}

/** A snapshot to store: its date, stage table and deals (already checked against the limits). */
export interface SnapshotInput {
  asOf: number;
  stages: readonly StageDefinition[];
  created: string;
  deals: readonly Deal[];
  /** The trend figures of these deals (`summarize`). */
  summary: SnapshotSummary;
  /** The monthly reports it answers (`storedReports`). */
  reports: StoredReports;
  /** Each deal's JSON length when the caller has measured it already, to size chunks. */
  dealBytes?: readonly number[];
}

/**
 * Where the history routes keep a team's snapshots. The routes know only
 * this interface; `snapshotStore` gives the Durable Object one.
 */
export interface SnapshotStore {
  /**
   * Stores a snapshot if `condition` holds, atomically with the version
   * check; with `maxBytes`, only while the team's storage stays within it.
   */
  save(
    team: string,
    snapshot: SnapshotInput,
    condition: Omit<WriteCondition, 'storage'> & { maxBytes?: number },
  ): Promise<WriteOutcome>;
  /** The team's snapshots, oldest first. */
  list(team: string): Promise<SnapshotListing[]>;
  /** Dates of the team's snapshots between two days (inclusive), oldest first. */
  dates(team: string, from?: number, to?: number): Promise<number[]>;
  /** One date with its deals, read robustly, or null. */
  load(team: string, asOf: number): Promise<Snapshot | null>;
  /**
   * The stored trend figures of some dates: a summary, or null when the
   * stored one cannot be used (the caller reads the deals instead).
   */
  summaries(team: string, dates: readonly number[]): Promise<Map<number, SnapshotSummary | null>>;
  /**
   * The monthly report of `month` stored with a date's snapshot, or null when
   * none was stored for that month or it cannot be used (logged).
   */
  monthlyReport(team: string, asOf: number, month: string): Promise<SelfAssessment | null>;
  /** Deletes a date; returns whether it was there. */
  remove(team: string, asOf: number): Promise<boolean>;
  /**
   * Deletes a date with its deals, trend figures and reports when it is
   * there and, with `ifVersion`, still at that version (one transaction).
   */
  removeIf(team: string, asOf: number, ifVersion?: number): Promise<RemoveOutcome>;
}

/**
 * UTF-8 bytes of the texts a write stores (stage table, timestamp, trend
 * figures, reports and every chunk), as SQLite's `octet_length` counts them
 * back for a stored date: what the storage limit check adds for the write.
 */
export function storedBytes(
  write: Pick<SnapshotWrite, 'stages' | 'created' | 'summary' | 'reports' | 'chunks'>,
): number {
  return (
    utf8Bytes([write.stages, write.created, write.summary, write.reports]) +
    utf8Bytes(write.chunks.map((chunk) => chunk.data))
  );
}

/**
 * The deals of a snapshot as chunks (storage/chunk-codec.ts), each sized by
 * its JSON, which the limit check has already measured.
 */
export function encodeDeals(
  deals: readonly ChunkItem[],
  bytes?: readonly number[],
): { data: string; deals: number }[] {
  return chunkDeals(
    deals,
    (item, i) =>
      bytes?.[i] ?? (typeof item === 'string' ? item.length : JSON.stringify(item).length),
  );
}

/** The object of a team. */
export function teamObject(
  namespace: DurableObjectNamespace<TeamSnapshots>,
  team: string,
): DurableObjectStub<TeamSnapshots> {
  return namespace.get(namespace.idFromName(team));
}

/** Reads a header and chunks robustly into a snapshot. */
export function readSnapshot(
  header: {
    as_of: unknown;
    stages: unknown;
    deal_count: unknown;
    created: unknown;
    version: unknown;
  },
  chunks: readonly { chunk: unknown; deals: unknown; data: unknown }[],
): Snapshot {
  const stages = readStoredStages(header.stages);
  const warnings = [...stages.warnings];
  const deals: Deal[] = [];
  let position = 0;
  chunks.forEach((c, i) => {
    const reading = decodeChunk(c.data, i, position, c.deals);
    position += reading.count;
    warnings.push(...reading.warnings);
    for (const deal of reading.deals) deals.push(deal);
  });
  const dealCount =
    Number.isSafeInteger(header.deal_count) && (header.deal_count as number) >= 0
      ? (header.deal_count as number)
      : position;
  return {
    asOf: Number(header.as_of),
    dealCount,
    version: Number.isSafeInteger(header.version) ? (header.version as number) : 1,
    stages: stages.stages,
    created: typeof header.created === 'string' ? header.created : '',
    deals,
    warnings,
  };
}

/** The store of every team's snapshots in its own Durable Object (`TEAM_SNAPSHOTS`). */
export function durableObjectStore(
  namespace: DurableObjectNamespace<TeamSnapshots>,
): SnapshotStore {
  return {
    async save(team, snapshot, condition) {
      const write: SnapshotWrite = {
        asOf: snapshot.asOf,
        stages: JSON.stringify(snapshot.stages),
        dealCount: snapshot.deals.length,
        created: snapshot.created,
        chunks: encodeDeals(snapshot.deals, snapshot.dealBytes),
        summary: JSON.stringify(snapshot.summary),
        reports: JSON.stringify(snapshot.reports),
      };
      const { maxBytes, ...rest } = condition;
      return (await teamObject(namespace, team).save(
        write,
        maxBytes === undefined
          ? rest
          : { ...rest, storage: { limit: maxBytes, bytes: storedBytes(write) } },
      )) as WriteOutcome;
    },

    async list(team) {
      const rows = await teamObject(namespace, team).list();
      const list: SnapshotListing[] = [];
      for (const row of rows) {
        if (!isStoredDay(row.as_of)) {
          console.warn(`Snapshots of team ${team}: a row dated ${String(row.as_of)} was left out`);
          continue;
        }
        const stored = row.deal_count;
        const counted = Number.isSafeInteger(row.chunk_deals) ? (row.chunk_deals as number) : 0;
        list.push({
          asOf: row.as_of,
          dealCount:
            Number.isSafeInteger(stored) && (stored as number) >= 0 ? (stored as number) : counted,
          version: Number.isSafeInteger(row.version) ? (row.version as number) : 1,
        });
      }
      return list;
    },

    async dates(team, from = FIRST_STORED_DAY, to = LAST_STORED_DAY) {
      const days = await teamObject(namespace, team).dates(
        Math.max(from, FIRST_STORED_DAY),
        Math.min(to, LAST_STORED_DAY),
      );
      return days.filter(isStoredDay);
    },

    async load(team, asOf) {
      const stored = await teamObject(namespace, team).load(asOf);
      if (!stored) return null;
      return readSnapshot(stored.header, stored.chunks);
    },

    async summaries(team, dates) {
      const rows = await teamObject(namespace, team).summaries([...dates]);
      const out = new Map<number, SnapshotSummary | null>();
      for (const row of rows) {
        const reading = readSummary(row.summary);
        if (reading.problem !== undefined) {
          console.warn(
            `Snapshot ${isStoredDay(row.as_of) ? dayToIso(row.as_of) : row.as_of} of team ${team}: trend figures not read (${reading.problem}); reading its deals`,
          );
        }
        out.set(row.as_of, reading.summary ?? null);
      }
      return out;
    },

    async monthlyReport(team, asOf, month) {
      const reading = readStoredReport(await teamObject(namespace, team).reports(asOf), month);
      if (reading.problem !== undefined) {
        console.warn(
          `Snapshot ${dayToIso(asOf)} of team ${team}: stored report not read (${reading.problem}); reading its deals`,
        );
      }
      return reading.report;
    },

    async remove(team, asOf) {
      return teamObject(namespace, team).remove(asOf);
    },

    async removeIf(team, asOf, ifVersion) {
      return (await teamObject(namespace, team).removeIf(asOf, ifVersion)) as RemoveOutcome;
    },
  };
}

/** The snapshot store of the Worker's bindings. */
export function snapshotStore(env: Env): SnapshotStore {
  return durableObjectStore(env.TEAM_SNAPSHOTS);
}
