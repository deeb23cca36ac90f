import { type Deal, type IngestOptions, type IngestResult, PlaybookError } from '../types';
import { isBlankRow } from './cell-text';
import { createDealReader, type DealReader, type Draft } from './create-deal-reader';
import { convertCurrencies } from './convert-currencies';
import { DEAL_COLUMN_ALIASES } from './deal-column-aliases';
import { ErrorLog } from './error-log';
import { matchColumns } from './match-columns';
import { resolveStages } from './resolve-stages';

/**
 * The one row-conversion path behind `ingestRows` and `ingestCsv`: feed it
 * rows in order (header first; leading blank rows are skipped), then call
 * `result()`.
 */
export class DealIngestion {
  /** Bad cells so far. */
  readonly errors = new ErrorLog();
  /** Warnings so far. */
  readonly warnings: string[] = [];
  /** Deals read so far, in row order, stages as written until `result`. */
  readonly deals: Draft[] = [];
  /** The row reader, once the header is read. */
  reader: DealReader | null = null;
  /** The column map, once the header is read. */
  columns: IngestResult['columns'] | null = null;
  private readonly firstRow: number;
  /** Fields in the header row, for text whose rows must all be as wide (CSV). */
  private width = 0;

  /**
   * @param options - ingestion options
   * @param fn - function name for messages
   * @param strictWidth - whether every row must have as many fields as the header (CSV text)
   */
  constructor(
    private readonly options: IngestOptions,
    private readonly fn: string,
    private readonly strictWidth = false,
  ) {
    this.firstRow = options.firstRow ?? 1;
  }

  /** Takes the row at 0-based position `index` of the input. */
  readonly add = (cells: readonly unknown[], index: number): void => {
    const reader = this.reader;
    if (reader !== null) {
      if (this.strictWidth && cells.length !== this.width && !this.fits(cells, index)) return;
      const deal = reader.read(cells, this.firstRow + index);
      if (deal !== null) this.deals.push(deal);
      return;
    }
    if (isBlankRow(cells)) return;
    this.header(cells);
  };

  /** Records a problem the CSV reader repaired in the record at 0-based `index`. */
  readonly problem = (index: number, message: string): void => {
    this.errors.add({ row: this.firstRow + index, message });
  };

  /**
   * Whether a row of another width than the header can still be read: a
   * blank line, or a row short only of columns whose header is blank. Any
   * other row is reported and left out, since its values may sit under the
   * wrong headers (an unquoted `$1,200` splits into two fields).
   */
  private fits(cells: readonly unknown[], index: number): boolean {
    if (isBlankRow(cells)) return true;
    const headers = this.columns?.headers ?? [];
    if (cells.length < this.width && headers.slice(cells.length).every((h) => h === '')) {
      return true;
    }
    const what = cells.length > this.width ? 'more' : 'fewer';
    const hint =
      cells.length > this.width
        ? ': a value probably holds the delimiter without quotes (such as $1,200)'
        : '';
    this.errors.add({
      row: this.firstRow + index,
      message: `the row has ${cells.length} fields, ${what} than the header's ${this.width}${hint}; the row is left out`,
    });
    return false;
  }

  private header(cells: readonly unknown[]): void {
    const { fn, options, warnings } = this;
    this.columns = readHeader(cells, options, fn, warnings);
    this.width = cells.length;
    this.reader = createDealReader(this.columns, options, fn, this.errors, warnings);
  }

  /**
   * The deals, errors and settings of the whole input.
   * @throws PlaybookError when there was no header row, the date order or a
   *   decimal mark stays ambiguous, or amounts are in several currencies
   *   with no `currency` and `exchangeRates` to convert them
   */
  result(): IngestResult {
    const { reader, columns, errors, warnings, options, deals } = this;
    if (reader === null || columns === null) {
      throw new PlaybookError(
        `${this.fn}: the input is empty; expected a header row with a stage column`,
      );
    }
    const decisions = reader.finish();
    const { fields, headers } = columns;
    const header = (field: keyof typeof fields) => {
      const column = fields[field];
      return column === undefined ? undefined : headers[column];
    };
    const resolved = resolveStages(
      deals,
      reader.extras,
      options,
      header('lostAtStage'),
      (row, column, field, value, message) =>
        errors.add({ row, ...(column ? { column } : {}), field, value, message }),
      warnings,
    );
    // A Chinese CRM's export writes the yuan as ¥, a symbol it shares with the yen.
    const hint = new Map(resolved.vocabulary?.id === 'chinese' ? [['¥', 'CNY']] : []);
    const currency = convertCurrencies(deals, options, this.fn, hint);
    errors.warnUnlisted(warnings);
    return {
      deals: deals as Deal[],
      errors: errors.list,
      errorCount: errors.count,
      errorGroups: errors.grouped(),
      columns,
      dateOrder: decisions.dateOrder,
      decimal: decisions.decimal,
      warnings,
      stages: resolved.table,
      vocabulary: resolved.vocabulary,
      unmappedStages: resolved.unmapped,
      currency,
    };
  }
}

/**
 * Matches a header row to deal fields and warns of columns left unread.
 * @throws PlaybookError when no column gives the stage (nor a status)
 */
export function readHeader(
  cells: readonly unknown[],
  options: IngestOptions,
  fn: string,
  warnings: string[],
): NonNullable<IngestResult['columns']> {
  const match = matchColumns(cells, DEAL_COLUMN_ALIASES, options.columns, fn);
  if (match.fields.stage === undefined && match.fields.status === undefined) {
    const found = match.headers.filter((h) => h !== '').join(', ');
    throw new PlaybookError(
      `${fn}: no stage column found (looked for headers such as Stage, Deal Stage, 阶段, or a "stage" column mapping); headers found: ${found}`,
    );
  }
  for (const text of match.duplicates) {
    warnings.push(`Column "${text}" is not read: an earlier column already gives that field`);
  }
  if (match.ignored.length > 0) warnings.push(`Columns not read: ${match.ignored.join(', ')}`);
  return { fields: match.fields, headers: match.headers };
}
