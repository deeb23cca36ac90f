import { isoDay } from '../lib/iso-day';
import { loadSettings } from '../settings/load-settings';
import type { Settings } from '../settings/settings';
import { readPipeline } from '../sheet/read-pipeline';
import { workerCaller } from './call-worker';
import { dropTrigger, readSchedule, readStatus, writeStatus } from './snapshot-store';
import type { SnapshotStatus } from './snapshot-types';
import { showSettings } from '../menu/menu-actions';

/**
 * Posts the pipeline tab to POST /v1/snapshots as the snapshot of today (in
 * the spreadsheet's time zone), with the team's stage table and column
 * mapping, and records the outcome in the document, where Settings shows it
 * to everyone: the last good save stays when a later one fails, and the error
 * goes with the next good one. The Worker keeps one snapshot per team and
 * date, so a second save on the same day (a retry, the menu after the
 * trigger) replaces that day's snapshot with the sheet as it is now.
 */
export function saveSnapshotFor(settings: Settings): SnapshotStatus {
  const at = Utilities.formatDate(
    new Date(),
    SpreadsheetApp.getActive().getSpreadsheetTimeZone(),
    'yyyy-MM-dd HH:mm',
  );
  let status: SnapshotStatus;
  const failed = (error: Omit<NonNullable<SnapshotStatus['error']>, 'at'>): SnapshotStatus => ({
    saved: readStatus().saved,
    error: { at, ...error },
  });
  try {
    const call = workerCaller(settings);
    if (typeof call === 'string') status = failed({ status: null, code: call });
    else {
      const pipeline = readPipeline(settings);
      const asOf = isoDay(pipeline.asOf);
      const { status: code, body } = call('/v1/snapshots', {
        asOf,
        rows: pipeline.rows,
        options: {
          // The Worker's stage schema is strict: all but the funnel position and exit criteria.
          stages: pipeline.table.stages.map(
            ({ order, exitCriterion, exitCriterionZh, ...stage }) => stage,
          ),
          columns: settings.columns,
        },
      });
      // A problem can list thousands of cells; the document keeps the first ten (9 KB a value).
      status =
        code < 300
          ? { saved: { at, asOf, deals: body.deals } }
          : failed({
              status: code,
              title: body.title,
              detail: (body.detail || '').slice(0, 2000),
              errors: (body.errors || []).slice(0, 10),
            });
    }
  } catch (error) {
    status = failed({ status: null, detail: String((error as Error).message || error) });
  }
  writeStatus(status);
  return status;
}

/**
 * Menu and Settings sidebar: Save snapshot now. Saves, then opens Settings
 * (again), which shows the save or what went wrong.
 */
export function saveSnapshotNow(): void {
  saveSnapshotFor(loadSettings());
  showSettings();
}

/**
 * The weekly trigger. A trigger that is not the one Settings last scheduled
 * (a teammate rescheduled, or the weekly save was turned off) deletes itself
 * instead, so only one weekly save ever runs.
 */
export function runWeeklySnapshot(e: { triggerUid?: string } = {}): void {
  const schedule = readSchedule();
  const uid = e.triggerUid;
  if (schedule && (!uid || uid === schedule.triggerId)) saveSnapshotFor(loadSettings());
  else dropTrigger(uid);
}
