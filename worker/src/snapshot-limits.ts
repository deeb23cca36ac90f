import { ProblemError } from './problem';

/** The limits a team's snapshot history is held to; see `snapshotLimits`. */
export interface SnapshotLimits {
  /** Bytes of one deal as stored (its JSON and its key, UTF-8). */
  maxDealBytes: number;
  /** Deals in one snapshot. */
  maxDealsPerSnapshot: number;
  /** Snapshot dates one team keeps; replacing a stored date does not count. */
  maxSnapshotsPerTeam: number;
}

/** 64 KB: a real deal takes a few hundred bytes; D1 refuses a row past 2,000,000. */
export const DEFAULT_MAX_DEAL_BYTES = 65_536;
/** 200,000 deals: far above any team's open pipeline. */
export const DEFAULT_MAX_DEALS_PER_SNAPSHOT = 200_000;
/** 520 dates: ten years of weekly snapshots. */
export const DEFAULT_MAX_SNAPSHOTS_PER_TEAM = 520;

/** A positive whole number from a variable, or the default when unset or unusable. */
function limitOf(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/**
 * The snapshot limits from the Worker's variables `MAX_DEAL_BYTES`,
 * `MAX_DEALS_PER_SNAPSHOT` and `MAX_SNAPSHOTS_PER_TEAM`, each falling back to
 * its default when unset or not a positive whole number.
 */
export function snapshotLimits(env: {
  MAX_DEAL_BYTES?: string;
  MAX_DEALS_PER_SNAPSHOT?: string;
  MAX_SNAPSHOTS_PER_TEAM?: string;
}): SnapshotLimits {
  return {
    maxDealBytes: limitOf(env.MAX_DEAL_BYTES, DEFAULT_MAX_DEAL_BYTES),
    maxDealsPerSnapshot: limitOf(env.MAX_DEALS_PER_SNAPSHOT, DEFAULT_MAX_DEALS_PER_SNAPSHOT),
    maxSnapshotsPerTeam: limitOf(env.MAX_SNAPSHOTS_PER_TEAM, DEFAULT_MAX_SNAPSHOTS_PER_TEAM),
  };
}

const encoder = new TextEncoder();

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
