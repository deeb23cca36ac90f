import { type Deal, type IngestOptions, type IngestResult, PlaybookError } from '../types';
import { isBlankRow } from './cell-text';
import { createDealReader, type DealReader } from './create-deal-reader';
import { DEAL_COLUMN_ALIASES } from './deal-column-aliases';
import { ErrorLog } from './error-log';
import { matchColumns } from './match-columns';

/**
 * The one row-conversion path behind `ingestRows` and `ingestCsv`: feed it
 * rows in order (header first; leading blank rows are skipped), then call
 * `result()`.
 */
export class DealIngestion {
  private readonly errors = new ErrorLog();
  private readonly warnings: string[] = [];
  private readonly deals: Deal[] = [];
  private reader: DealReader | null = null;
  private columns: IngestResult['columns'] | null = null;
  private readonly firstRow: number;

  constructor(
    private readonly options: IngestOptions,
    private readonly fn: string,
  ) {
    this.firstRow = options.firstRow ?? 1;
  }

  /** Takes the row at 0-based position `index` of the input. */
  readonly add = (cells: readonly unknown[], index: number): void => {
    const reader = this.reader;
    if (reader !== null) {
      const deal = reader.read(cells, this.firstRow + index);
      if (deal !== null) this.deals.push(deal);
      return;
    }
    if (isBlankRow(cells)) return;
    this.header(cells);
  };

  private header(cells: readonly unknown[]): void {
    const { fn, options, warnings } = this;
    const match = matchColumns(cells, DEAL_COLUMN_ALIASES, options.columns, fn);
    if (match.fields.stage === undefined) {
      const found = match.headers.filter((h) => h !== '').join(', ');
      throw new PlaybookError(
        `${fn}: no stage column found (looked for headers such as Stage, Deal Stage, 阶段, or a "stage" column mapping); headers found: ${found}`,
      );
    }
    for (const text of match.duplicates) {
      warnings.push(`Column "${text}" is not read: an earlier column already gives that field`);
    }
    if (match.ignored.length > 0) warnings.push(`Columns not read: ${match.ignored.join(', ')}`);
    this.columns = { fields: match.fields, headers: match.headers };
    this.reader = createDealReader(this.columns, options, fn, this.errors, warnings);
  }

  /**
   * The deals, errors and settings of the whole input.
   * @throws PlaybookError when there was no header row or the date order stays ambiguous
   */
  result(): IngestResult {
    if (this.reader === null || this.columns === null) {
      throw new PlaybookError(
        `${this.fn}: the input is empty; expected a header row with a stage column`,
      );
    }
    const dateOrder = this.reader.finish();
    const { errors, warnings } = this;
    errors.warnUnlisted(warnings);
    return {
      deals: this.deals,
      errors: errors.list,
      errorCount: errors.count,
      columns: this.columns,
      dateOrder,
      warnings,
    };
  }
}
