import { ProblemError } from './problem';

/** The limits a team's snapshot history is held to; see `snapshotLimits`. */
export interface SnapshotLimits {
  /** Bytes of one deal as stored (its JSON and its key, UTF-8). */
  maxDealBytes: number;
  /** Deals in one snapshot. */
  maxDealsPerSnapshot: number;
  /** Snapshot dates one team keeps; replacing a stored date does not count. */
  maxSnapshotsPerTeam: number;
  /** Bytes of a team's object (its SQLite database) a write may grow it to. */
  maxTeamStorageBytes: number;
}

/** 64 KB: a real deal takes a few hundred bytes; D1 refuses a row past 2,000,000. */
export const DEFAULT_MAX_DEAL_BYTES = 65_536;
/** 200,000 deals: far above any team's open pipeline. */
export const DEFAULT_MAX_DEALS_PER_SNAPSHOT = 200_000;
/** 520 dates: ten years of weekly snapshots. */
export const DEFAULT_MAX_SNAPSHOTS_PER_TEAM = 520;
/**
 * 8 GB: a team's object holds at most 10 GB, and a team at both count limits
 * (520 × 200,000 deals, about 200 bytes a deal) would need about 21 GB. The
 * check leaves out only the new snapshot's page overhead (about 7%,
 * docs/capacity.md), far less than the 2 GB left over.
 */
export const DEFAULT_MAX_TEAM_STORAGE_BYTES = 8_000_000_000;

/** A positive whole number from a variable, or the default when unset or unusable. */
function limitOf(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/**
 * The snapshot limits from the Worker's variables `MAX_DEAL_BYTES`,
 * `MAX_DEALS_PER_SNAPSHOT`, `MAX_SNAPSHOTS_PER_TEAM` and
 * `MAX_TEAM_STORAGE_BYTES`, each falling back to its default when unset or
 * not a positive whole number.
 */
export function snapshotLimits(env: {
  MAX_DEAL_BYTES?: string;
  MAX_DEALS_PER_SNAPSHOT?: string;
  MAX_SNAPSHOTS_PER_TEAM?: string;
  MAX_TEAM_STORAGE_BYTES?: string;
}): SnapshotLimits {
  return {
    maxDealBytes: limitOf(env.MAX_DEAL_BYTES, DEFAULT_MAX_DEAL_BYTES),
    maxDealsPerSnapshot: limitOf(env.MAX_DEALS_PER_SNAPSHOT, DEFAULT_MAX_DEALS_PER_SNAPSHOT),
    maxSnapshotsPerTeam: limitOf(env.MAX_SNAPSHOTS_PER_TEAM, DEFAULT_MAX_SNAPSHOTS_PER_TEAM),
    maxTeamStorageBytes: limitOf(env.MAX_TEAM_STORAGE_BYTES, DEFAULT_MAX_TEAM_STORAGE_BYTES),
  };
}

const encoder = new TextEncoder();

/**
 * UTF-8 bytes of some texts, as SQLite stores them (`octet_length`): a lone
 * surrogate becomes U+FFFD (3 bytes), as the runtime writes it.
 */
export function utf8Bytes(texts: Iterable<string>): number {
  let bytes = 0;
  for (const text of texts) bytes += encoder.encode(text).length;
  return bytes;
}

/**
 * UTF-8 bytes of a text, counted only when they could pass `limit`: a text
 * of n characters takes between n and 3n bytes.
 */
function bytesOver(text: string, limit: number): number | null {
  if (text.length * 3 <= limit) return null;
  const bytes = encoder.encode(text).length;
  return bytes > limit ? bytes : null;
}

/**
 * Refuses a snapshot past the deal count limit (422) or with a deal larger
 * as stored than the byte limit (413, naming the row). O(n) over the deals.
 * @throws {ProblemError} tooManyDeals, dealTooLarge
 */
export function checkSnapshotSize(
  limits: SnapshotLimits,
  rows: readonly { row: number; key: string; data: string }[],
): void {
  if (rows.length > limits.maxDealsPerSnapshot) {
    throw new ProblemError(
      'tooManyDeals',
      `The snapshot has ${rows.length} deals; the limit MAX_DEALS_PER_SNAPSHOT is ${limits.maxDealsPerSnapshot}. Nothing was stored.`,
      [
        {
          field: 'MAX_DEALS_PER_SNAPSHOT',
          value: String(rows.length),
          message: `at most ${limits.maxDealsPerSnapshot} deals in one snapshot`,
        },
      ],
    );
  }
  for (const r of rows) {
    const bytes = bytesOver(r.data + r.key, limits.maxDealBytes);
    if (bytes !== null) {
      throw new ProblemError(
        'dealTooLarge',
        `The deal in row ${r.row} takes ${bytes} bytes as stored; the limit MAX_DEAL_BYTES is ${limits.maxDealBytes}. Nothing was stored.`,
        [
          {
            row: r.row,
            field: 'MAX_DEAL_BYTES',
            value: String(bytes),
            message: `a deal may take at most ${limits.maxDealBytes} bytes as stored`,
          },
        ],
      );
    }
  }
}

/** The problem of a team that already keeps `limit` snapshot dates. */
export function tooManySnapshots(limit: number): ProblemError {
  return new ProblemError(
    'tooManySnapshots',
    `The team already keeps ${limit} snapshots, the limit MAX_SNAPSHOTS_PER_TEAM; replace a stored date instead. Nothing was stored.`,
    [
      {
        field: 'MAX_SNAPSHOTS_PER_TEAM',
        value: String(limit),
        message: `at most ${limit} snapshot dates per team`,
      },
    ],
  );
}

/**
 * The problem of a write that would grow the team's stored snapshots past
 * `limit` bytes: the team keeps `size` bytes and the write would add `adds`.
 *
 * 409 Conflict rather than 413 Content Too Large: what refuses the write is
 * the state of the team's history, not the request. A small snapshot is
 * refused as well when the team is full, and the same request succeeds once
 * the team deletes old dates; 413 tells a client to send a smaller body,
 * which would not help. The other team-wide limit (MAX_SNAPSHOTS_PER_TEAM)
 * answers 409 for the same reason.
 */
export function teamStorageFull(limit: number, size: number, adds: number): ProblemError {
  return new ProblemError(
    'teamStorageFull',
    `The team's snapshots take ${size} bytes and this one would add ${adds} bytes, past the limit MAX_TEAM_STORAGE_BYTES of ${limit}. Delete old snapshots (DELETE /v1/snapshots/<date>) or replace a stored date. Nothing was stored.`,
    [
      {
        field: 'MAX_TEAM_STORAGE_BYTES',
        value: String(size + adds),
        message: `a team may keep at most ${limit} bytes of snapshots`,
      },
    ],
  );
}
