/**
 * A cell value ready for the shared ingestion: a `Date` from the sheet
 * becomes its calendar day (YYYY-MM-DD) in the spreadsheet's time zone, so a
 * team in Shanghai and one in New York read the same day the sheet shows.
 * Other values pass through.
 */
export function cellForIngest(value: unknown, timeZone: string): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (Number.isNaN(date.getTime())) return '';
    return Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
  }
  return value;
}
