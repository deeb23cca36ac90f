import type { CellError } from '../types';

/** How many bad cells an ingestion lists; the rest are only counted. */
export const MAX_LISTED_ERRORS = 1000;

/** Collects cell errors, keeping the first `limit` and counting all. */
export class ErrorLog {
  readonly list: CellError[] = [];
  count = 0;
  constructor(readonly limit = MAX_LISTED_ERRORS) {}

  add(error: CellError): void {
    this.count++;
    if (this.list.length < this.limit) this.list.push(error);
  }

  /** Adds to `warnings` how many bad cells were counted but not listed, when any were. */
  warnUnlisted(warnings: string[]): void {
    if (this.count > this.list.length) {
      warnings.push(
        `${this.count} bad cells; only the first ${this.list.length} are listed in errors`,
      );
    }
  }
}
