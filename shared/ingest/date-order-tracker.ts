import { type CellError, type DateOrder, PlaybookError } from '../types';
import { MIN_YEAR, readDay, type SlashDate, slashDay } from './read-day';

interface Example {
  readonly row: number;
  readonly column: string;
  readonly value: string;
}

interface Pending {
  readonly target: Record<string, unknown>;
  readonly field: string;
  readonly date: SlashDate;
}

const where = (e: Example) => `"${e.value}" (row ${e.row}, ${e.column})`;

/**
 * Reads date cells of one ingestion and settles the order of year-last
 * slash dates: the given `dateOrder`, or the one the data proves (a first
 * part above 12 → DMY, a second part above 12 → MDY). Dates that fit both
 * orders wait until the order is known and are filled in then.
 */
export class DateOrderTracker {
  private detected: DateOrder | null = null;
  private evidence: Example | null = null;
  private firstAmbiguous: Example | null = null;
  private pending: Pending[] = [];

  constructor(
    private readonly given: DateOrder | null,
    private readonly fn: string,
  ) {}

  /** The order used so far: given, detected, or null. */
  get order(): DateOrder | null {
    return this.given ?? this.detected;
  }

  /**
   * Reads `value` into `target[field]`. Returns a reason when the value is
   * not a date; a blank leaves the field unset.
   * @throws PlaybookError when the dates prove both orders
   */
  read(
    value: unknown,
    target: Record<string, unknown>,
    field: string,
    row: number,
    column: string,
  ): string | undefined {
    const reading = readDay(value, this.given);
    if (typeof reading === 'number') {
      target[field] = reading;
      return undefined;
    }
    if (reading === null) return undefined;
    if (typeof reading === 'string') return reading;
    const { first, second, year } = reading;
    const shown = String(value).trim();
    // Settle what no order can make a date now, so a deferred date is always valid.
    if (first > 12 && second > 12)
      return `"${shown}" is not a date (no month ${first} or ${second})`;
    if (first === 0 || second === 0 || first > 31 || second > 31) {
      return `"${shown}" is not a calendar date (a day or month is ${first === 0 || second === 0 ? 0 : Math.max(first, second)})`;
    }
    if (year < MIN_YEAR || year > 9999) {
      return `year ${year} in "${shown}" is out of range (dates must fall in 1900-9999)`;
    }
    if (first > 12 || second > 12) {
      const order: DateOrder = first > 12 ? 'DMY' : 'MDY';
      const example = { row, column, value: shown };
      if (this.detected === null) this.decide(order, example);
      else if (this.detected !== order) this.conflict(example);
      const day = slashDay(reading, order, shown);
      if (typeof day === 'string') return day;
      target[field] = day;
      return undefined;
    }
    if (this.detected !== null) {
      const day = slashDay(reading, this.detected, shown);
      if (typeof day === 'string') return day;
      target[field] = day;
      return undefined;
    }
    this.firstAmbiguous ??= { row, column, value: shown };
    this.pending.push({ target, field, date: reading });
    return undefined;
  }

  /**
   * Ends the ingestion: returns the order used.
   * @throws PlaybookError when ambiguous dates remain and nothing decided the order
   */
  finish(): DateOrder | null {
    if (this.pending.length > 0 && this.firstAmbiguous) {
      const e = this.firstAmbiguous;
      const message = `slash dates such as ${where(e)} could be month/day/year or day/month/year, and no date in the data settles it; pass dateOrder MDY or DMY`;
      throw new PlaybookError(`${this.fn}: ${message}`, [
        { row: e.row, column: e.column, value: e.value, message },
      ]);
    }
    return this.order;
  }

  private decide(order: DateOrder, example: Example): void {
    this.detected = order;
    this.evidence = example;
    // Both parts of a deferred date are 1..12 and its year is in range, so
    // either order gives a real day.
    for (const p of this.pending) p.target[p.field] = slashDay(p.date, order, '');
    this.pending = [];
  }

  private conflict(example: Example): never {
    const first = this.evidence as Example;
    const kind = (order: DateOrder) => (order === 'DMY' ? 'day/month/year' : 'month/day/year');
    const other: DateOrder = this.detected === 'DMY' ? 'MDY' : 'DMY';
    const message = `dates disagree on their order: ${where(first)} can only be ${kind(this.detected as DateOrder)} but ${where(example)} can only be ${kind(other)}; fix the cells or pass dateOrder`;
    const errors: CellError[] = [first, example].map((e) => ({ ...e, message }));
    throw new PlaybookError(`${this.fn}: ${message}`, errors);
  }
}
