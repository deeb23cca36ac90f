import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import { readDiscount } from '../risk/read-discount';
import { stageLookup } from '../stages/stage-lookup';
import type { ColumnMap, Deal, DealField, IngestOptions, MeddpiccScore } from '../types';
import { cellText, hasPercentSign, isBlankRow } from './cell-text';
import { DateOrderTracker } from './date-order-tracker';
import type { ErrorLog } from './error-log';
import { readForecastCategory } from './read-forecast-category';
import { readNumber } from './read-number';

type Draft = { -readonly [K in keyof Deal]: Deal[K] };
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
  /** The deal of one row, or null when the row is blank or has no usable stage. */
  read(cells: readonly unknown[], row: number): Deal | null;
  /** Settles deferred dates; returns the date order used. */
  finish(): ReturnType<DateOrderTracker['finish']>;
}

/** Builds the per-column converters once from the column map. */
export function createDealReader(
  columns: ColumnMap,
  options: Pick<IngestOptions, 'stages' | 'dateOrder'>,
  fn: string,
  errors: ErrorLog,
  warnings: string[],
): DealReader {
  const table = options.stages ?? DEFAULT_STAGE_TABLE;
  const dates = new DateOrderTracker(options.dateOrder ?? null, fn);
  const { fields, headers } = columns;
  const lookupStage = stageLookup(table);
  const known = table.stages.map((s) => s.name).join(', ');

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
  on('amount', (header) => (value, deal, row) => {
    if (hasPercentSign(value)) {
      fail(row, header, 'amount', value, `"${value.trim()}" is a percentage, not an amount`);
      return;
    }
    const amount = readNumber(value);
    if (typeof amount === 'string') fail(row, header, 'amount', value, amount);
    else deal.amount = amount;
  });
  for (const field of DAY_FIELDS) {
    on(field, (header) => (value, deal, row) => {
      const problem = dates.read(value, deal as Record<string, unknown>, field, row, header);
      if (problem !== undefined) fail(row, header, field, value, problem);
    });
  }
  on('lostAtStage', (header) => (value, deal, row) => {
    const text = cellText(value);
    if (text === '') return;
    const stage = lookupStage(text);
    if (stage) deal.lostAtStage = stage.name;
    else
      fail(row, header, 'lostAtStage', value, `unknown stage "${text}"; expected one of: ${known}`);
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

  return {
    read(row, rowNumber) {
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

      const stageColumn = fields.stage as number;
      const stageText = cellText(row[stageColumn]);
      if (stageText === '') {
        if (!isBlankRow(row)) {
          fail(rowNumber, headers[stageColumn], 'stage', '', 'stage is blank; the row is left out');
        }
        return null;
      }
      const stage = lookupStage(stageText);
      if (!stage) {
        fail(
          rowNumber,
          headers[stageColumn],
          'stage',
          stageText,
          `unknown stage "${stageText}"; expected one of: ${known}; the row is left out`,
        );
        return null;
      }
      deal.stage = stage.name;
      return deal;
    },
    finish: () => dates.finish(),
  };
}
