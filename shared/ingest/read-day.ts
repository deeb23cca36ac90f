import type { DateOrder } from '../types';
import { daysFromCivil, daysInMonth } from './days-from-civil';

/**
 * A year-last slash date read while the date order is still unknown:
 * `first/second/year`, e.g. 03/04/2026.
 */
export class SlashDate {
  constructor(
    readonly first: number,
    readonly second: number,
    readonly year: number,
  ) {}
}

/**
 * What `readDay` makes of a cell: a DayNumber, `null` for a blank, a
 * `SlashDate` when the order is needed but unknown, or a string saying why
 * the value is not a date.
 */
export type DayReading = number | null | string | SlashDate;

/** Days from the Sheets epoch (1899-12-30) to 1970-01-01. */
export const SERIAL_OFFSET = 25569;
/** Earliest year a date may have: Sheets' own calendar starts at the end of 1899. */
export const MIN_YEAR = 1900;
/** Smallest Sheets serial that is a day of 1900 or later: 1900-01-01. */
const MIN_SERIAL = 2;
/** Largest Sheets serial: 9999-12-31. */
const MAX_SERIAL = 2958465;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const TIME = String.raw`(?:(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?`;
const YEAR_FIRST = new RegExp(
  String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${TIME}$`,
);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4})${TIME}$`);
const SHORT_YEAR = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})(?:\s.*)?$/;
const DAY_MONTH_NAME = new RegExp(
  String.raw`^(\d{1,2})[\s-]*([A-Za-z]{3,9})\.?,?[\s-]*(\d{4})${TIME}$`,
);
const MONTH_NAME_DAY = new RegExp(
  String.raw`^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`,
);
const NUMBER = /^\d+(?:\.\d+)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  const short = MONTHS[key.slice(0, key === 'sept' ? 4 : 3)];
  if (short === undefined) return undefined;
  // Accept "Jan", "January", "Sept" but not "Janxyz".
  const full = [
    '',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ][short];
  return full.startsWith(key) || key === 'sept' ? short : undefined;
}

/** The DayNumber of a date, or a reason when the date does not exist. */
export function civilDay(year: number, month: number, day: number, shown: string): number | string {
  if (year < MIN_YEAR || year > 9999) {
    return `year ${year} in "${shown}" is out of range (dates must fall in 1900-9999)`;
  }
  if (month < 1 || month > 12) return `"${shown}" has no month ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) {
    return `"${shown}" is not a calendar date (month ${month} has no day ${day})`;
  }
  return daysFromCivil(year, month, day);
}

/** Converts a year-last slash date once the order is known. */
export function slashDay(date: SlashDate, order: DateOrder, shown: string): number | string {
  if (order === 'YMD') {
    return `"${shown}" puts the year last, which dateOrder YMD does not allow; use MDY or DMY`;
  }
  return order === 'MDY'
    ? civilDay(date.year, date.first, date.second, shown)
    : civilDay(date.year, date.second, date.first, shown);
}

/** The number written by `count` ASCII digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function serialDay(serial: number, shown: string): number | string {
  if (!(serial >= MIN_SERIAL && serial <= MAX_SERIAL)) {
    return `${shown} is not a date (as a Sheets date number it must be between ${MIN_SERIAL} and ${MAX_SERIAL})`;
  }
  return Math.floor(serial) - SERIAL_OFFSET;
}

/**
 * Reads one cell as a calendar day. Forms: `Date` objects (their calendar
 * fields in the script's time zone), Sheets serial numbers (day 0 =
 * 1899-12-30, fractions are times and dropped), ISO dates and date-times
 * (the date as written; offsets ignored), `YYYY/MM/DD`, `YYYY年M月D日`,
 * `YYYYMMDD`, year-last slash, dash or dot dates (order given or deferred),
 * and English month names (`5 Jan 2026`, `Jan 5, 2026`). Two-digit years
 * are rejected.
 */
export function readDay(value: unknown, order: DateOrder | null): DayReading {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (value >= 19000101 && value <= 99991231 && Number.isInteger(value)) {
      return readDay(String(value), order);
    }
    return serialDay(value, String(value));
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return 'the date is invalid';
    const year = value.getFullYear();
    if (year < MIN_YEAR || year > 9999) {
      return `year ${year} is out of range (dates must fall in 1900-9999)`;
    }
    return daysFromCivil(year, value.getMonth() + 1, value.getDate());
  }
  if (typeof value !== 'string') return `${String(value)} is not a date`;
  const text = value.trim();
  if (text === '') return null;

  // Fast path: YYYY-MM-DD, optionally followed by a time.
  if (
    text.length >= 10 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    (text.length === 10 || text.charCodeAt(10) === 84 || text.charCodeAt(10) === 32)
  ) {
    const y = digits(text, 0, 4);
    const m = digits(text, 5, 2);
    const d = digits(text, 8, 2);
    if (y >= 0 && m >= 0 && d >= 0 && (text.length === 10 || YEAR_FIRST.test(text))) {
      return civilDay(y, m, d, text);
    }
  }

  let match = YEAR_FIRST.exec(text);
  if (match) return civilDay(+match[1], +match[2], +match[3], text);
  match = YEAR_LAST.exec(text);
  if (match) {
    const date = new SlashDate(+match[1], +match[3], +match[4]);
    return order === null ? date : slashDay(date, order, text);
  }
  if (NUMBER.test(text)) {
    match = COMPACT.exec(text);
    if (match && +match[1] >= 1900) return civilDay(+match[1], +match[2], +match[3], text);
    return serialDay(Number(text), `"${text}"`);
  }
  match = DAY_MONTH_NAME.exec(text);
  if (match) {
    const month = monthNumber(match[2]);
    if (month !== undefined) return civilDay(+match[3], month, +match[1], text);
  }
  match = MONTH_NAME_DAY.exec(text);
  if (match) {
    const month = monthNumber(match[1]);
    if (month !== undefined) return civilDay(+match[3], month, +match[2], text);
  }
  if (SHORT_YEAR.test(text)) {
    return `"${text}" has a two-digit year; write the year in full (e.g. 2026)`;
  }
  return `"${text}" is not a date`;
}
