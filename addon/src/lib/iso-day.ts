import { dayToIso } from '../../../shared/ingest/day-to-iso';
import type { DayNumber } from '../../../shared/types';

/**
 * A day number as the YYYY-MM-DD text the sidebars and report tabs show, or
 * '' for a missing day (google.script.run cannot carry Date objects).
 *
 * @example
 * isoDay(20_454) // => '2026-01-01'
 */
export function isoDay(day: DayNumber | null | undefined): string {
  return day === null || day === undefined ? '' : dayToIso(day);
}
