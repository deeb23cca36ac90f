import { createStageTable } from '../../shared/index';
import type { SnapshotDeals } from '../../shared/snapshots/period-forecast-accuracy';
import { loadSnapshot } from '../db/snapshots';
import { dayToIso } from './days';
import { ProblemError } from './problem';

/** Loads a team's snapshot for a date as the snapshot math needs it, or answers 404. */
export async function requireSnapshot(
  db: D1Database,
  team: string,
  asOf: number,
): Promise<SnapshotDeals> {
  const snapshot = await loadSnapshot(db, team, asOf);
  if (!snapshot) {
    throw new ProblemError('notFound', `No snapshot dated ${dayToIso(asOf)} for this team.`);
  }
  return { asOf: snapshot.asOf, deals: snapshot.deals, stages: createStageTable(snapshot.stages) };
}
