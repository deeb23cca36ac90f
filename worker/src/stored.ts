import { createStageTable, findStage } from '../../shared/index';
import type { SnapshotDeals } from '../../shared/snapshots/period-forecast-accuracy';
import { loadSnapshot } from '../db/snapshots';
import { dayToIso } from './days';
import { ProblemError } from './problem';

/** Warning lines logged per snapshot; the rest are counted. */
const MAX_LOGGED_WARNINGS = 20;

/**
 * Loads a team's snapshot for a date as the snapshot math needs it, or
 * answers 404. Stored data that cannot be read is left out rather than
 * failing the request (see `loadSnapshot`); so is a deal whose stage is not
 * in the snapshot's stage table. What was left out is logged, since the
 * history answers have no place for it.
 */
export async function requireSnapshot(
  db: D1Database,
  team: string,
  asOf: number,
): Promise<SnapshotDeals> {
  const snapshot = await loadSnapshot(db, team, asOf);
  if (!snapshot) {
    throw new ProblemError('notFound', `No snapshot dated ${dayToIso(asOf)} for this team.`);
  }
  const stages = createStageTable(snapshot.stages);
  const skipped: string[] = [];
  const deals = snapshot.deals.filter((deal) => {
    if (findStage(stages, deal.stage)) return true;
    const stage = deal.stage.length > 40 ? `${deal.stage.slice(0, 39)}…` : deal.stage;
    skipped.push(`deal in row ${deal.row} skipped (stage "${stage}" is not in the stage table)`);
    return false;
  });
  // Deals left out of the answer first, then what the loader dropped or replaced.
  const warnings = [...skipped, ...snapshot.warnings];
  if (warnings.length > 0) {
    const more = warnings.length - MAX_LOGGED_WARNINGS;
    console.warn(
      `Snapshot ${dayToIso(asOf)} of team ${team} read with ${warnings.length} gap(s): ${warnings
        .slice(0, MAX_LOGGED_WARNINGS)
        .join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
    );
  }
  return { asOf: snapshot.asOf, deals, stages };
}
