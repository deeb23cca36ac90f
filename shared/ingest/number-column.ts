import { type DecimalDecision, type DecimalMark, PlaybookError } from '../types';
import { clipText } from './error-log';
import { decimalEvidence, type NumberText, numberOf, numberText, readBody } from './read-number';

interface Example {
  readonly row: number;
  readonly value: string;
}

interface Pending {
  readonly target: Record<string, unknown>;
  readonly parts: NumberText;
  readonly row: number;
  readonly shown: string;
}

const WHOLE = /^-?\d+$/;
/** `-1234.5`: digits, one dot, digits, the commonest form of a money amount. */
const DOTTED = /^-?(\d+)\.(\d+)$/;
/** `455,000.00`: comma-grouped thousands (not led by 0), then a point and decimals or not. */
const GROUPED = /^-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/;
const where = (e: Example) => `"${clipText(e.value, 40)}" (row ${e.row})`;

/**
 * Reads the numbers of one column and settles its decimal mark from all its
 * cells, the way `DateOrderTracker` settles the order of slash dates: the
 * given mark, else the one a cell proves (`3.000,50` → comma, `1,250,000` or
 * `12.5` → point). Cells that fit both (`12.500`, `1,250`) wait until the
 * mark is known. When nothing proves it, a lone separator before exactly
 * three digits groups thousands whichever it is, since money is not written
 * with three decimals; a column holding both `12.500` and `1,250` and
 * nothing else cannot be read that way and asks for the `decimal` option.
 */
export class NumberColumn {
  private mark: DecimalMark | null;
  private from: DecimalDecision['from'] | null;
  private evidence: Example | null = null;
  private pending: Pending[] = [];
  private readonly waiting: { '.'?: Example; ','?: Example } = {};

  /**
   * @param given - the decimal mark the request names, if any
   * @param fn - function name for messages
   * @param column - the column's header, for messages
   * @param field - the deal field the numbers go to
   * @param onParts - sees every non-blank text cell's parts (currency, percent sign)
   */
  constructor(
    given: DecimalMark | null,
    private readonly fn: string,
    private readonly column: string,
    private readonly field: string,
    private readonly onParts?: (target: Record<string, unknown>, parts: NumberText) => void,
  ) {
    this.mark = given;
    this.from = given === null ? null : 'option';
  }

  /** The decimal mark used so far, and how it was settled. */
  get decision(): DecimalDecision | null {
    return this.mark === null || this.from === null ? null : { mark: this.mark, from: this.from };
  }

  /**
   * Reads `value` into `target[field]`, now or at `finish`. Returns a reason
   * when the value is not a number; a blank leaves the field unset.
   * @throws PlaybookError when two cells prove different decimal marks
   */
  read(value: unknown, target: Record<string, unknown>, row: number): string | undefined {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return `${value} is not a number`;
      target[this.field] = value;
      return undefined;
    }
    if (value === null || value === undefined) return undefined;
    if (typeof value !== 'string') return `${String(value)} is not a number`;
    const raw = value.trim();
    if (raw === '') return undefined;
    if (raw.length < 300) {
      if (WHOLE.test(raw)) {
        target[this.field] = Number(raw);
        return undefined;
      }
      // Once the mark is a point, commas grouping thousands (`455,000.00`)
      // are what the full reading below makes of them, with nothing to note.
      if (this.mark === 'point' && GROUPED.test(raw)) {
        target[this.field] = Number(raw.replace(/,/g, ''));
        return undefined;
      }
      // Fast path: a dot that can only be a decimal point (not `12.500`) reads at once.
      const dotted = DOTTED.exec(raw);
      if (dotted !== null && this.mark !== 'comma') {
        const whole = dotted[1];
        if (dotted[2].length !== 3 || whole.length > 3 || whole === '0') {
          if (this.mark === null) this.decide('point', { row, value: raw });
          target[this.field] = Number(raw);
          return undefined;
        }
      }
    }
    const parts = numberText(raw);
    if (typeof parts === 'string') return parts;
    this.onParts?.(target, parts);
    const evidence = decimalEvidence(parts.body);
    if (evidence === 'point' || evidence === 'comma') {
      if (this.mark === null) this.decide(evidence, { row, value: raw });
      else if (this.from === 'data' && this.mark !== evidence) this.conflict({ row, value: raw });
    } else if (evidence !== null && this.mark === null) {
      this.waiting[evidence] ??= { row, value: raw };
      this.pending.push({ target, parts, row, shown: raw });
      return undefined;
    }
    return this.store(target, parts, raw);
  }

  /**
   * Reads the cells that waited; returns the decision (null when no cell
   * had a separator) and reports bad cells through `fail`.
   * @throws PlaybookError when the column holds `12.500` and `1,250` and nothing settles the mark
   */
  finish(fail: (row: number, value: string, message: string) => void): DecimalDecision | null {
    if (this.pending.length > 0) {
      if (this.mark === null) {
        const dot = this.waiting['.'];
        const comma = this.waiting[','];
        if (dot && comma) {
          const message = `${this.column}: ${where(dot)} and ${where(comma)} cannot share one decimal mark, and no cell settles which it is; pass decimal "point" or "comma"`;
          throw new PlaybookError(`${this.fn}: ${message}`, [
            { row: dot.row, column: this.column, field: this.field, value: dot.value, message },
            { row: comma.row, column: this.column, field: this.field, value: comma.value, message },
          ]);
        }
        this.mark = dot ? 'comma' : 'point';
        this.from = 'grouping';
      }
      for (const p of this.pending) {
        const problem = this.store(p.target, p.parts, p.shown);
        if (problem !== undefined) fail(p.row, p.shown, problem);
      }
      this.pending = [];
    }
    return this.decision;
  }

  private store(
    target: Record<string, unknown>,
    parts: NumberText,
    shown: string,
  ): string | undefined {
    const number = numberOf(parts, readBody(parts.body, this.mark ?? 'point'), shown);
    if (typeof number === 'string') return number;
    target[this.field] = number;
    return undefined;
  }

  private decide(mark: DecimalMark, example: Example): void {
    this.mark = mark;
    this.from = 'data';
    this.evidence = example;
  }

  private conflict(example: Example): never {
    const first = this.evidence as Example;
    const name = (mark: DecimalMark | null) =>
      mark === 'comma' ? 'a decimal comma' : 'a decimal point';
    const other: DecimalMark = this.mark === 'comma' ? 'point' : 'comma';
    const message = `${this.column}: ${where(first)} has ${name(this.mark)} but ${where(example)} has ${name(other)}; fix the cells or pass decimal "point" or "comma"`;
    throw new PlaybookError(
      `${this.fn}: ${message}`,
      [first, example].map((e) => ({
        row: e.row,
        column: this.column,
        field: this.field,
        value: e.value,
        message,
      })),
    );
  }
}
