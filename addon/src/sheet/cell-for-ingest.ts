/**
 * A cell value ready for the shared ingestion: a `Date` from the sheet
 * becomes its calendar day (YYYY-MM-DD) in the spreadsheet's time zone, so a
 * team in Shanghai and one in New York read the same day the sheet shows.
 * Other values pass through.
 *
 * @param days - optional cache of instants already formatted: a pipeline
 *   repeats the same dates many times, and each Utilities call costs
 */
export function cellForIngest(
  value: unknown,
  timeZone: string,
  days?: Map<number, string>,
): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    const time = date.getTime();
    if (Number.isNaN(time)) return '';
    const known = days?.get(time);
    if (known !== undefined) return known;
    const day = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
    days?.set(time, day);
    return day;
  }
  return value;
}
