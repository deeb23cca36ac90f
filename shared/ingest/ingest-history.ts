import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import { stageLookup } from '../stages/stage-lookup';
import {
  type CellError,
  type DateOrder,
  PlaybookError,
  type StageDefinition,
  type StageHistoryEntry,
  type StageTable,
} from '../types';
import { cellText, isBlankRow } from './cell-text';
import { DateOrderTracker } from './date-order-tracker';
import { ErrorLog } from './error-log';
import { forEachCsvRow } from './for-each-csv-row';
import { matchColumns } from './match-columns';

/** The columns of a stage history. */
export type HistoryField = 'dealId' | 'stage' | 'entered';

/** Header texts recognised for each stage-history column (matched as in `detectColumns`). */
const HISTORY_ALIASES: Readonly<Record<HistoryField, readonly string[]>> = {
  dealId: [
    'deal id',
    'deal',
    'id',
    'opportunity id',
    'opportunity',
    'record id',
    'deal name',
    'opportunity name',
    '编号',
    '商机编号',
    '商机',
  ],
  stage: ['stage', 'to stage', 'new stage', 'deal stage', 'stage name', '阶段', '新阶段'],
  entered: [
    'entered',
    'entered date',
    'date entered',
    'stage entered',
    'entered at',
    'stage date',
    'date',
    'changed',
    'change date',
    'changed date',
    'date changed',
    'last modified',
    'modified date',
    '进入日期',
    '进入阶段日期',
    '日期',
    '变更日期',
  ],
};

/** Options of `ingestHistory`. */
export interface IngestHistoryOptions {
  /** Field → header text; wins over the built-in header aliases. */
  readonly columns?: Partial<Record<HistoryField, string>>;
  readonly stages?: StageTable;
  readonly dateOrder?: DateOrder;
  /** Sheet row number of the first row given (default 1). */
  readonly firstRow?: number;
  /** CSV delimiter; detected when absent. */
  readonly delimiter?: string;
}

/** What `ingestHistory` returns. */
export interface IngestHistoryResult {
  readonly entries: StageHistoryEntry[];
  /** Bad cells in row order; at most the first 1,000 (see `errorCount`). */
  readonly errors: CellError[];
  readonly errorCount: number;
  readonly columns: {
    readonly fields: Partial<Record<HistoryField, number>>;
    readonly headers: readonly string[];
  };
  readonly dateOrder: DateOrder | null;
  readonly warnings: string[];
}

/**
 * Reads a stage history (one row per stage a deal entered: deal, stage,
 * entered date) from a sheet range or CSV text, header first. This is what
 * makes stage conversion exact (playbook §4). Headers: deal id / deal /
 * opportunity id / 编号; stage / to stage / 阶段; entered / date / stage date
 * / changed / 进入日期 (case- and space-insensitive; `columns` wins). Dates
 * and stage names are read as by `ingestRows`. A row with a blank or bad
 * cell is reported in `errors` and left out; other rows are kept.
 *
 * @param input - CSV text or a range's values
 * @param options - `columns`, `stages`, `dateOrder`, `firstRow`, `delimiter`
 * @returns the entries in input order, errors, columns, date order, warnings
 * @throws PlaybookError when the input is empty, a column is missing (the
 *   message lists the headers found) or slash dates are ambiguous
 * @example
 * ingestHistory('deal,stage,entered\nD1,Demo,2026-01-05\n').entries // => [{ dealId: 'D1', stage: 'Evaluation', entered: 20458 }]
 */
export function ingestHistory(
  input: string | readonly (readonly unknown[])[],
  options: IngestHistoryOptions = {},
): IngestHistoryResult {
  const fn = 'ingestHistory';
  const table = options.stages ?? DEFAULT_STAGE_TABLE;
  const known = table.stages.map((s) => s.name).join(', ');
  const firstRow = options.firstRow ?? 1;
  const errors = new ErrorLog();
  const warnings: string[] = [];
  const entries: StageHistoryEntry[] = [];
  const dates = new DateOrderTracker(options.dateOrder ?? null, fn);
  const lookupStage = stageLookup(table);
  let columns: IngestHistoryResult['columns'] | null = null;
  let at = { dealId: 0, stage: 0, entered: 0 };

  const add = (cells: readonly unknown[], index: number): void => {
    if (columns === null) {
      if (isBlankRow(cells)) return;
      const match = matchColumns(cells, HISTORY_ALIASES, options.columns, fn);
      const missing = (['dealId', 'stage', 'entered'] as const).filter(
        (f) => match.fields[f] === undefined,
      );
      if (missing.length > 0) {
        const found = match.headers.filter((h) => h !== '').join(', ');
        throw new PlaybookError(
          `${fn}: no ${missing.join(', ')} column found (a stage history needs deal, stage and entered date); headers found: ${found}`,
        );
      }
      if (match.ignored.length > 0) warnings.push(`Columns not read: ${match.ignored.join(', ')}`);
      columns = { fields: match.fields, headers: match.headers };
      at = match.fields as typeof at;
      return;
    }
    if (isBlankRow(cells)) return;
    const row = firstRow + index;
    const headers = columns.headers;
    let ok = true;
    const fail = (field: HistoryField, message: string) => {
      ok = false;
      errors.add({
        row,
        column: headers[at[field]],
        field,
        value: cellText(cells[at[field]]),
        message,
      });
    };
    const dealId = cellText(cells[at.dealId]);
    if (dealId === '') fail('dealId', 'deal is blank; the row is left out');
    const stageText = cellText(cells[at.stage]);
    let stage: StageDefinition | undefined;
    if (stageText === '') fail('stage', 'stage is blank; the row is left out');
    else {
      stage = lookupStage(stageText);
      if (stage === undefined) {
        fail(
          'stage',
          `unknown stage "${stageText}"; expected one of: ${known}; the row is left out`,
        );
      }
    }
    const entry = { dealId, stage: stage?.name ?? '', entered: Number.NaN };
    const problem = dates.read(cells[at.entered], entry, 'entered', row, headers[at.entered]);
    if (problem !== undefined) fail('entered', problem);
    else if (cellText(cells[at.entered]) === '')
      fail('entered', 'entered date is blank; the row is left out');
    if (ok) entries.push(entry);
  };

  if (typeof input === 'string') {
    forEachCsvRow(input, add, {
      ...options,
      onProblem: (index, message) => errors.add({ row: firstRow + index, message }),
    });
  } else for (let i = 0; i < input.length; i++) add(input[i], i);

  if (columns === null) {
    throw new PlaybookError(
      `${fn}: the input is empty; expected a header row with deal, stage and entered columns`,
    );
  }
  const dateOrder = dates.finish();
  errors.warnUnlisted(warnings);
  return { entries, errors: errors.list, errorCount: errors.count, columns, dateOrder, warnings };
}
