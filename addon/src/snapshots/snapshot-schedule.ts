import { dropTrigger, readSchedule, writeSchedule } from './snapshot-store';
import type { WeekDay } from './snapshot-types';

/**
 * Makes the weekly save run on `next` (or nowhere for null): the trigger
 * Settings made before is deleted and at most one new one created, so saving
 * Settings again replaces it and turning the save off deletes it. Hours are
 * in the spreadsheet's time zone.
 */
export function applySchedule(next: { day: WeekDay; hour: number } | null, timeZone: string) {
  const old = readSchedule();
  if (old) dropTrigger(old.triggerId);
  if (!next) return writeSchedule(null);
  const trigger = ScriptApp.newTrigger('runWeeklySnapshot')
    .timeBased()
    .onWeekDay(ScriptApp.WeekDay[next.day])
    .atHour(next.hour)
    .inTimezone(timeZone)
    .create();
  writeSchedule({ ...next, triggerId: trigger.getUniqueId() });
}
