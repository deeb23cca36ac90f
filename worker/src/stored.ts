import { createStageTable, findStage } from '../../shared/index';
import type { SnapshotDeals } from '../../shared/snapshots/period-forecast-accuracy';
import { dayToIso } from './days';
import { ProblemError } from './problem';
import type { Snapshot, SnapshotStore } from './storage/snapshot-store';
import { type SnapshotSummary, summarize } from './storage/summary';

/** Warning lines logged per snapshot; the rest are counted. */
const MAX_LOGGED_WARNINGS = 20;

/**
 * Loads a team's snapshot for a date as the snapshot math needs it, or
 * answers 404. Stored data that cannot be read is left out rather than
 * failing the request (see `SnapshotStore.load`); so is a deal whose stage is not
 * in the snapshot's stage table. What was left out is logged, since the
 * history answers have no place for it.
 */
export async function requireSnapshot(
  store: SnapshotStore,
  team: string,
  asOf: number,
): Promise<SnapshotDeals> {
  const snapshot = await store.load(team, asOf);
  if (!snapshot) {
    throw new ProblemError('notFound', `No snapshot dated ${dayToIso(asOf)} for this team.`);
  }
  const { value, warnings } = usableDeals(snapshot);
  if (warnings.length > 0) {
    const more = warnings.length - MAX_LOGGED_WARNINGS;
    console.warn(
      `Snapshot ${dayToIso(asOf)} of team ${team} read with ${warnings.length} gap(s): ${warnings
        .slice(0, MAX_LOGGED_WARNINGS)
        .join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    );
  }
  return value;
}

/**
 * A stored snapshot as the snapshot math needs it: its stage table, and its
 * deals less those whose stage is not in that table. `warnings` lists those
 * deals first, then what the loader dropped or replaced.
 */
export function usableDeals(snapshot: Snapshot): { value: SnapshotDeals; warnings: string[] } {
  const stages = createStageTable(snapshot.stages);
  const skipped: string[] = [];
  const deals = snapshot.deals.filter((deal) => {
    if (findStage(stages, deal.stage)) return true;
    const stage = deal.stage.length > 40 ? `${deal.stage.slice(0, 39)}…` : deal.stage;
    skipped.push(`deal in row ${deal.row} skipped (stage "${stage}" is not in the stage table)`);
    return false;
  });
  return {
    value: { asOf: snapshot.asOf, deals, stages },
    warnings: [...skipped, ...snapshot.warnings],
  };
}

/**
 * The trend figures of each date, read from the small rows written with each
 * snapshot; a date whose stored figures cannot be used (logged by the store)
 * has them worked out from its deals, read like any snapshot.
 * @throws {ProblemError} notFound when a date has no snapshot
 */
export async function requireSummaries(
  store: SnapshotStore,
  team: string,
  dates: readonly number[],
): Promise<{ asOf: number; summary: SnapshotSummary }[]> {
  const stored = await store.summaries(team, dates);
  return Promise.all(
    dates.map(async (asOf) => {
      const summary = stored.get(asOf);
      if (summary) return { asOf, summary };
      return { asOf, summary: summarize(await requireSnapshot(store, team, asOf)) };
    }),
  );
}
