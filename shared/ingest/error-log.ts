import type { CellError, ErrorGroup } from '../types';

/** How many bad cells an ingestion lists; the rest are only counted. */
export const MAX_LISTED_ERRORS = 1000;
/** Sample cells kept per cause. */
export const SAMPLES_PER_CAUSE = 5;
/** Distinct causes kept; later ones are counted under one catch-all cause. */
const MAX_CAUSES = 100;
/** Longest value or message echoed back, in characters. */
const MAX_ECHO = 200;
const MAX_MESSAGE = 400;

/** Cuts text longer than `max` characters, marking the cut with `…`. */
export function clipText(text: string, max = MAX_ECHO): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * The cause of an error message: the message with its quoted values and
 * numbers blanked, so `"abc" is not a number` and `"x" is not a number` meet.
 */
function causeKey(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, '0');
}

type Group = { -readonly [K in keyof ErrorGroup]: ErrorGroup[K] } & {
  samples: { row: number; value?: string; message: string }[];
};

/**
 * Collects cell errors: keeps the first `limit`, counts all, and groups
 * them by cause (column and message shape) with a few sample cells each.
 * Values and messages are clipped, so an answer built from the log stays a
 * small multiple of its input whatever the cells hold.
 */
export class ErrorLog {
  readonly list: CellError[] = [];
  count = 0;
  private readonly groups = new Map<string, Group>();
  constructor(readonly limit = MAX_LISTED_ERRORS) {}

  add(error: CellError): void {
    this.count++;
    const clipped: CellError = {
      ...error,
      ...(error.value !== undefined ? { value: clipText(error.value) } : {}),
      ...(error.column !== undefined ? { column: clipText(error.column) } : {}),
      message: clipText(error.message, MAX_MESSAGE),
    };
    if (this.list.length < this.limit) this.list.push(clipped);
    let key = `${clipped.column ?? ''}\u0000${causeKey(clipped.message)}`;
    if (!this.groups.has(key) && this.groups.size >= MAX_CAUSES) key = '\u0000other';
    let group = this.groups.get(key);
    if (group === undefined) {
      group = {
        ...(clipped.column !== undefined && key !== '\u0000other'
          ? { column: clipped.column }
          : {}),
        ...(clipped.field !== undefined && key !== '\u0000other' ? { field: clipped.field } : {}),
        message:
          key === '\u0000other'
            ? `Other problems (more than ${MAX_CAUSES} different causes); the first: ${clipped.message}`
            : clipped.message,
        count: 0,
        samples: [],
      };
      this.groups.set(key, group);
    }
    group.count++;
    if (group.samples.length < SAMPLES_PER_CAUSE) {
      group.samples.push({
        row: clipped.row,
        ...(clipped.value !== undefined ? { value: clipped.value } : {}),
        message: clipped.message,
      });
    }
  }

  /** The causes in the order they first appeared, each once with its count. */
  grouped(): ErrorGroup[] {
    return [...this.groups.values()];
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
