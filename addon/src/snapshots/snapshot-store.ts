import type { SnapshotSchedule, SnapshotStatus } from './snapshot-types';

// Document properties: the trigger runs with no sidebar open, and whoever
// opens Settings next must see what it did, so the schedule and the status
// belong to the spreadsheet rather than to one user.
const SCHEDULE_KEY = 'salesPlaybook.weekly';
const STATUS_KEY = 'salesPlaybook.lastSave';

const props = () => PropertiesService.getDocumentProperties();

function read(key: string) {
  try {
    return JSON.parse(props().getProperty(key)!);
  } catch {
    return null;
  }
}

const write = (key: string, value: object | null) =>
  value ? props().setProperty(key, JSON.stringify(value)) : props().deleteProperty(key);

/** Deletes this user's trigger with that id, if there is one. */
export function dropTrigger(id: string | undefined): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getUniqueId() === id) ScriptApp.deleteTrigger(t);
  }
}

export const readSchedule = (): SnapshotSchedule | null => read(SCHEDULE_KEY);
export const writeSchedule = (schedule: SnapshotSchedule | null) => write(SCHEDULE_KEY, schedule);
export const readStatus = (): SnapshotStatus => read(STATUS_KEY) || {};
export const writeStatus = (status: SnapshotStatus) => write(STATUS_KEY, status);
