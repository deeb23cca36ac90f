import { readDiscount } from '../risk/read-discount';
import type {
  ColumnMap,
  DateOrder,
  DecimalDecision,
  Deal,
  DealField,
  IngestOptions,
  MeddpiccScore,
  StageKind,
} from '../types';
import { cellText, hasPercentSign, isBlankRow } from './cell-text';
import { currencyCode } from './currency-code';
import { DateOrderTracker } from './date-order-tracker';
import type { ErrorLog } from './error-log';
import { NumberColumn } from './number-column';
import { readForecastCategory } from './read-forecast-category';
import { readNumber } from './read-number';
import { readStatus } from './read-status';

/** A deal while its row is read; `stage` holds the stage text as written until stages are resolved. */
export type Draft = { -readonly [K in keyof Deal]: Deal[K] };

/** What the reader learnt of the deals beyond their fields, for stage resolution. */
export interface DraftExtras {
  /** Deal → the kind its status column gives (Pipedrive's open/won/lost). */
  readonly status: Map<Draft, StageKind>;
  /** Deal → the "lost at stage" text as written. */
  readonly lostAt: Map<Draft, string>;
  /** Deal → its won date and lost date (`day`, set once dates are settled), when those columns exist. */
  readonly wonDate: Map<Draft, { day?: number }>;
  readonly lostDate: Map<Draft, { day?: number }>;
}

/** The decisions a reader took over the whole input. */
export interface ReaderDecisions {
  readonly dateOrder: ReturnType<DateOrderTracker['finish']>;
  /** Decimal mark of each number column that had separators. */
  readonly decimal: Partial<Record<'amount' | 'probability', DecimalDecision>>;
  /** Whether the probability column is in percent (0-100) rather than fractions. */
  readonly probabilityInPercent: boolean | null;
}
type Cell = (value: unknown, deal: Draft, row: number) => void;

const TEXT_FIELDS = [
  'id',
  'name',
  'account',
  'owner',
  'source',
  'product',
  'segment',
  'competitor',
  'lossReason',
  'nextStep',
  'lesson',
  'closeReasonDetail',
] as const;
/** Text fields whose values repeat across rows (owners, sources...). */
const REPEATED_TEXT = new Set<string>([
  'account',
  'owner',
  'source',
  'product',
  'segment',
  'competitor',
  'lossReason',
]);
/** Distinct values kept per repeated-text column. */
const INTERN_LIMIT = 20000;
const DAY_FIELDS = [
  'created',
  'closeDate',
  'stageEntered',
  'lastActivity',
  'nextStepDate',
] as const;
/** Longest stage text kept as written for an unmapped stage. */
const MAX_STAGE_TEXT = 200;
const MEDDPICC_FIELDS = [
  'meddpicc1',
  'meddpicc2',
  'meddpicc3',
  'meddpicc4',
  'meddpicc5',
  'meddpicc6',
  'meddpicc7',
  'meddpicc8',
] as const;

/** Reads the data rows of one ingestion into deals; see `ingestRows`. */
export interface DealReader {
  /** The deal of one row, its stage still as written, or null when the row is blank. */
  read(cells: readonly unknown[], row: number): Draft | null;
  /** What the reader learnt beside the fields. */
  readonly extras: DraftExtras;
  /**
   * Reads a date cell as the date columns do, into `target.day` now or once
   * the slash-date order is settled (`finish`); returns a reason when the
   * cell is not a date.
   * @throws PlaybookError when dates prove both orders
   */
  readDate(
    value: string,
    target: { day?: number },
    row: number,
    header: string,
  ): string | undefined;
  /**
   * Reads an amount cell as the amount column does, into `target.amount`
   * (and `target.currency` from a symbol, when no currency column names it)
   * now or once the decimal mark is settled (`finish`); returns a reason when
   * the cell is not an amount. Undefined when the input has no amount column.
   */
  readonly readAmount?: (
    value: string,
    target: { amount?: number | null; currency?: string },
    row: number,
  ) => string | undefined;
  /** The order of year-last slash dates so far (given or proved by a cell), null while unsettled. */
  dateOrder(): DateOrder | null;
  /** The decimal mark a number column uses so far (given or proved by a cell), null while unsettled. */
  decimalMark(field: 'amount' | 'probability'): DecimalDecision['mark'] | null;
  /**
   * Settles deferred dates and numbers. `outside`: probabilities of rows
   * read without this reader (the fast path of the table reader), settled
   * with the deals' in row order, so the percent decision and the messages
   * are those of reading every row here.
   * @throws PlaybookError when the date order or a decimal mark stays undecidable
   */
  finish(outside?: OutsideProbabilities): ReaderDecisions;
}

/**
 * Probability cells read outside the deal reader, in ascending row order:
 * the number as a number column reads it (10 for `10`, 0.1 for `10%`) and
 * whether it had a percent sign.
 * `finish` turns each value into a fraction, or NaN when it is out of range
 * (its cell error then reported as for a deal).
 */
export interface OutsideProbabilities {
  readonly length: number;
  readonly rows: ArrayLike<number>;
  readonly values: Float64Array;
  readonly signed: ArrayLike<number>;
}

/** Builds the per-column converters once from the column map. */
export function createDealReader(
  columns: ColumnMap,
  options: Pick<IngestOptions, 'dateOrder' | 'decimal'>,
  fn: string,
  errors: ErrorLog,
  warnings: string[],
): DealReader {
  const dates = new DateOrderTracker(options.dateOrder ?? null, fn);
  const { fields, headers } = columns;
  const extras: DraftExtras = {
    status: new Map(),
    lostAt: new Map(),
    wonDate: new Map(),
    lostDate: new Map(),
  };
  const decimal = options.decimal ?? null;

  const cells: { column: number; read: Cell }[] = [];
  const on = (field: DealField, make: (header: string) => Cell) => {
    const column = fields[field];
    if (column !== undefined) cells.push({ column, read: make(headers[column]) });
  };
  const fail = (row: number, header: string, field: string, value: unknown, message: string) =>
    errors.add({ row, column: header, field, value: cellText(value), message });

  for (const field of TEXT_FIELDS) {
    if (REPEATED_TEXT.has(field)) {
      // Few distinct values repeated on many rows: keep one copy of each.
      const seen = new Map<string, string>();
      on(field, () => (value, deal) => {
        const text = cellText(value);
        if (text === '') return;
        const known = seen.get(text);
        if (known !== undefined) deal[field] = known;
        else {
          if (seen.size < INTERN_LIMIT) seen.set(text, text);
          deal[field] = text;
        }
      });
    } else {
      on(field, () => (value, deal) => {
        const text = cellText(value);
        if (text !== '') deal[field] = text;
      });
    }
  }
  const numberColumns: { field: 'amount' | 'probability'; column: NumberColumn; header: string }[] =
    [];
  // A currency column wins over a symbol in the amount cell; they must agree.
  const currencyColumn = fields.currency !== undefined;
  let readAmount: DealReader['readAmount'];
  on('amount', (header) => {
    const column = new NumberColumn(decimal, fn, header, 'amount', (target, parts) => {
      if (parts.currency === undefined) return;
      const code = currencyCode(parts.currency);
      if (code !== undefined && !currencyColumn) target.currency = code;
    });
    numberColumns.push({ field: 'amount', column, header });
    const percentage = (value: string) => `"${value.trim()}" is a percentage, not an amount`;
    readAmount = (value, target, row) =>
      hasPercentSign(value)
        ? percentage(value)
        : column.read(value, target as Record<string, unknown>, row);
    return (value, deal, row) => {
      if (hasPercentSign(value)) {
        fail(row, header, 'amount', value, percentage(value));
        return;
      }
      const problem = column.read(value, deal as Record<string, unknown>, row);
      if (problem !== undefined) fail(row, header, 'amount', value, problem);
    };
  });
  // Probabilities in percent (`Probability (%)`, `20%`, any value above 1) or
  // as fractions: settled from the header and every cell at the end.
  const probabilities: { deal: Draft; signed: boolean }[] = [];
  let percentHeader = false;
  on('probability', (header) => {
    percentHeader = /%|％|percent|百分/i.test(header);
    const column = new NumberColumn(decimal, fn, header, 'probability');
    numberColumns.push({ field: 'probability', column, header });
    return (value, deal, row) => {
      const problem = column.read(value, deal as Record<string, unknown>, row);
      if (problem !== undefined) fail(row, header, 'probability', value, problem);
      else if (cellText(value) !== '') probabilities.push({ deal, signed: hasPercentSign(value) });
    };
  });
  on('currency', (header) => (value, deal, row) => {
    const text = cellText(value);
    if (text === '') return;
    const code = currencyCode(text);
    if (code === undefined) {
      fail(
        row,
        header,
        'currency',
        value,
        `"${text}" is not a currency (write a code such as USD, EUR, CNY)`,
      );
    } else deal.currency = code;
  });
  on('status', (header) => (value, deal, row) => {
    const text = cellText(value);
    if (text === '') return;
    const kind = readStatus(text);
    if (kind === undefined) {
      fail(
        row,
        header,
        'status',
        value,
        `status "${text}" is not open, won or lost; the stage decides`,
      );
    } else extras.status.set(deal, kind);
  });
  for (const field of DAY_FIELDS) {
    on(field, (header) => (value, deal, row) => {
      const problem = dates.read(value, deal as Record<string, unknown>, field, row, header);
      if (problem !== undefined) fail(row, header, field, value, problem);
    });
  }
  for (const field of ['wonDate', 'lostDate'] as const) {
    on(field, (header) => {
      // Dates are settled late (slash-date order), so read into a holder the map keeps.
      return (value, deal, row) => {
        const holder: { day?: number } = {};
        const problem = dates.read(value, holder, 'day', row, header);
        if (problem !== undefined) fail(row, header, field, value, problem);
        else if (cellText(value) !== '') extras[field].set(deal, holder);
      };
    });
  }
  on('lostAtStage', () => (value, deal) => {
    const text = cellText(value);
    if (text !== '') extras.lostAt.set(deal, text);
  });
  on('forecastOverride', (header) => (value, deal, row) => {
    const text = cellText(value);
    if (text === '') return;
    const category = readForecastCategory(text);
    if (category) deal.forecastOverride = category;
    else {
      fail(
        row,
        header,
        'forecastOverride',
        value,
        `unknown forecast category "${text}"; expected Commit, Best Case, Pipeline, Upside, Closed or Omitted`,
      );
    }
  });
  on('discount', (header) => (value, deal, row) => {
    const discount = readDiscount(value);
    if (typeof discount === 'string') fail(row, header, 'discount', value, discount);
    else if (discount !== null) deal.discount = discount;
  });
  on('contacts', (header) => (value, deal, row) => {
    const number = readNumber(value);
    if (number === null) return;
    if (typeof number === 'number' && Number.isInteger(number) && number >= 0) {
      deal.contacts = number;
    } else {
      fail(
        row,
        header,
        'contacts',
        value,
        `contacts must be a whole number of people (got ${cellText(value)})`,
      );
    }
  });

  // MEDDPICC: eight columns, or one column holding all eight scores.
  const meddpiccColumns = MEDDPICC_FIELDS.map((field) => fields[field]);
  const found = meddpiccColumns.filter((c) => c !== undefined).length;
  if (found > 0) {
    if (found < 8) {
      const missing = MEDDPICC_FIELDS.filter((f) => fields[f] === undefined).join(', ');
      warnings.push(`MEDDPICC columns missing (${missing}): those scores count as 1 (unknown)`);
    }
    if (fields.meddpicc !== undefined) {
      warnings.push(
        `Column "${headers[fields.meddpicc]}" is not read: the separate MEDDPICC columns are used`,
      );
    }
  }
  /** Score of one cell: 1..3, 0 when blank, -1 when bad. */
  const score = (value: unknown): number => {
    if (value === 1 || value === 2 || value === 3) return value;
    if (typeof value === 'string' && value.length === 1) {
      const c = value.charCodeAt(0) - 48;
      if (c >= 1 && c <= 3) return c;
    }
    const text = cellText(value);
    if (text === '') return 0;
    const n = Number(text);
    return n === 1 || n === 2 || n === 3 ? n : -1;
  };
  // Identical score lists share one frozen array: 3^8 = 6561 possible lists.
  const scoreLists: (readonly MeddpiccScore[] | undefined)[] = [];
  const scoreList = (scores: number[]): readonly MeddpiccScore[] => {
    let key = 0;
    for (const s of scores) key = key * 3 + s - 1;
    let list = scoreLists[key];
    if (list === undefined) {
      list = Object.freeze(scores.slice() as MeddpiccScore[]);
      scoreLists[key] = list;
    }
    return list;
  };
  const scores = [1, 1, 1, 1, 1, 1, 1, 1];
  // Stage texts repeat on many rows: keep one copy of each.
  const stageTexts = new Map<string, string>();

  return {
    read(row, rowNumber) {
      if (isBlankRow(row)) return null;
      const deal: Draft = { row: rowNumber, stage: '', amount: null };
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        cell.read(row[cell.column], deal, rowNumber);
      }
      if (found > 0) {
        let blank = true;
        for (let i = 0; i < 8; i++) {
          const column = meddpiccColumns[i];
          if (column === undefined) {
            scores[i] = 1;
            continue;
          }
          const value = row[column];
          const s = score(value);
          if (s > 0) {
            scores[i] = s;
            blank = false;
          } else if (s === 0) scores[i] = 1;
          else {
            scores[i] = 1;
            blank = false;
            const text = cellText(value);
            const message = `MEDDPICC score must be 1, 2 or 3 (got ${text}); counted as 1`;
            fail(rowNumber, headers[column], MEDDPICC_FIELDS[i], value, message);
          }
        }
        if (!blank) deal.meddpicc = scoreList(scores);
      } else if (fields.meddpicc !== undefined) {
        const column = fields.meddpicc;
        const text = cellText(row[column]);
        if (text !== '') {
          const digits = text.replace(/[\s,;/|，、-]+/g, '');
          if (/^[123]{8}$/.test(digits)) {
            deal.meddpicc = scoreList(digits.split('').map(Number));
          } else {
            fail(
              rowNumber,
              headers[column],
              'meddpicc',
              text,
              `MEDDPICC needs eight scores of 1, 2 or 3, e.g. 3,2,2,1,3,3,2,1 (got ${text})`,
            );
          }
        }
      }

      const stageColumn = fields.stage;
      let stageText = stageColumn === undefined ? '' : cellText(row[stageColumn]);
      if (stageText.includes('\n') && stageColumn !== undefined) {
        fail(
          rowNumber,
          headers[stageColumn],
          'stage',
          stageText,
          'the stage spans several lines: a quote opened in this row is probably not closed where it should be',
        );
      }
      if (stageText.length > MAX_STAGE_TEXT) stageText = `${stageText.slice(0, MAX_STAGE_TEXT)}…`;
      const known = stageTexts.get(stageText);
      if (known !== undefined) deal.stage = known;
      else {
        if (stageTexts.size < INTERN_LIMIT) stageTexts.set(stageText, stageText);
        deal.stage = stageText;
      }
      return deal;
    },
    extras,
    readAmount,
    readDate(value, target, row, header) {
      return dates.read(value, target as Record<string, unknown>, 'day', row, header);
    },
    dateOrder() {
      return dates.order;
    },
    decimalMark(field) {
      return numberColumns.find((c) => c.field === field)?.column.decision?.mark ?? null;
    },
    finish(outside) {
      const dateOrder = dates.finish();
      const decided: ReaderDecisions['decimal'] = {};
      for (const { field, column, header } of numberColumns) {
        const decision = column.finish((row, value, message) =>
          fail(row, header, field, value, message),
        );
        if (decision !== null) decided[field] = decision;
      }
      let probabilityInPercent: boolean | null = null;
      if (fields.probability !== undefined) {
        const outer = outside ?? { length: 0, rows: [], values: new Float64Array(0), signed: [] };
        let inPercent =
          percentHeader ||
          probabilities.some(({ deal, signed }) => !signed && (deal.probability ?? 0) > 1);
        for (let i = 0; i < outer.length && !inPercent; i++) {
          if (outer.signed[i] === 0 && outer.values[i] > 1) inPercent = true;
        }
        probabilityInPercent = inPercent;
        const header = headers[fields.probability];
        /** The probability as a fraction, or undefined (and a cell error) when out of range. */
        const settle = (value: number, signed: boolean, row: number): number | undefined => {
          const p = inPercent && !signed ? value / 100 : value;
          if (p >= 0 && p <= 1) return p;
          const shown = signed || inPercent ? `${+(p * 100).toFixed(6)}%` : String(p);
          fail(
            row,
            header,
            'probability',
            shown,
            `probability ${shown} is not between 0% and 100%`,
          );
          return undefined;
        };
        let k = 0;
        const settleOutside = (beforeRow: number) => {
          for (; k < outer.length && outer.rows[k] < beforeRow; k++) {
            outer.values[k] =
              settle(outer.values[k], outer.signed[k] === 1, outer.rows[k]) ?? Number.NaN;
          }
        };
        for (const { deal, signed } of probabilities) {
          settleOutside(deal.row);
          if (deal.probability === undefined) continue;
          const p = settle(deal.probability, signed, deal.row);
          if (p === undefined) delete deal.probability;
          else deal.probability = p;
        }
        settleOutside(Number.POSITIVE_INFINITY);
      }
      return { dateOrder, decimal: decided, probabilityInPercent };
    },
  };
}
