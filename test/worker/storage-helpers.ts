import { runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { teamObject } from '../../worker/src/storage/snapshot-store';
import type { TeamSnapshots } from '../../worker/src/storage/team-snapshots';

/** The Durable Object that keeps a team's snapshots. */
export const objectOf = (team: string) => teamObject(env.TEAM_SNAPSHOTS, team);

/** Runs SQL inside a team's object, as a damaged or hand-edited row would be written. */
export function execInObject(
  team: string,
  sql: string,
  ...params: (string | number | null)[]
): Promise<Record<string, SqlStorageValue>[]> {
  return runInDurableObject(objectOf(team), (_instance: TeamSnapshots, state) =>
    state.storage.sql.exec(sql, ...params).toArray(),
  );
}

/** Stores a header row and chunk rows in a team's object exactly as given. */
export async function writeRawSnapshot(
  team: string,
  asOf: number,
  header: {
    stages: string;
    dealCount?: number | string;
    summary?: string | null;
    version?: number;
  },
  chunks: readonly { data: string; deals: number | string }[],
): Promise<void> {
  await execInObject(team, 'DELETE FROM snapshot_chunks WHERE as_of = ?', asOf);
  await execInObject(
    team,
    "INSERT OR REPLACE INTO snapshots (as_of, stages, deal_count, created, version, source, summary) VALUES (?, ?, ?, '2026-01-01T00:00:00Z', ?, 'api', ?)",
    asOf,
    header.stages,
    header.dealCount ?? chunks.reduce((n, c) => n + (Number(c.deals) || 0), 0),
    header.version ?? 1,
    header.summary ?? null,
  );
  for (const [i, chunk] of chunks.entries()) {
    await execInObject(
      team,
      'INSERT INTO snapshot_chunks (as_of, chunk, deals, data) VALUES (?, ?, ?, ?)',
      asOf,
      i,
      chunk.deals,
      chunk.data,
    );
  }
}
