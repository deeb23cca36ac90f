import { parseDay } from '../../../shared/index';
import type { DayNumber } from '../../../shared/types';

/**
 * Today as a DayNumber in the spreadsheet's time zone: the `asOf` the server
 * features pass to the shared logic (which never reads the clock itself).
 */
export function today(timeZone: string): DayNumber {
  return parseDay(Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd')) as DayNumber;
}
