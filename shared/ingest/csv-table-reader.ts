import { stageLookup } from '../stages/stage-lookup';
import { suggestStage } from '../stages/suggest-stage';
import {
  type DateOrder,
  type DealField,
  type IngestOptions,
  type IngestResult,
  PlaybookError,
  type UnmappedStage,
} from '../types';
import { convertCurrencies, settleCurrencies } from './convert-currencies';
import { currencyCode } from './currency-code';
import { readStatus } from './read-status';
import type { Draft } from './create-deal-reader';
import { DealIngestion } from './deal-ingestion';
import {
  type DealTable,
  TABLE_TEXT_FIELDS,
  type TableTextField,
  type TextColumn,
  tableFromDeals,
} from './deal-table';
import { daysFromCivil, daysInMonth } from './days-from-civil';
import { detectCsvDelimiter } from './detect-csv-delimiter';
import { hasLoneCr, loneCrToLf, type QuotedFieldEnd, readQuotedField } from './for-each-csv-row';
import {
  chooseStageTable,
  settleStatus,
  unknownLostAtMessage,
  warnUnmapped,
} from './resolve-stages';
import {
  KERNEL_AMOUNT,
  KERNEL_CLOSE,
  KERNEL_CREATED,
  KERNEL_DATE,
  KERNEL_GROUP,
  KERNEL_LOST_AT,
  KERNEL_LOST_AT_TEXTS,
  KERNEL_PROBABILITY,
  KERNEL_SCORE,
  KERNEL_SKIP,
  KERNEL_STAGE,
  KERNEL_STAGE_TEXTS,
  type RowKernel,
  releaseRowKernel,
  takeRowKernel,
} from './row-kernel';
import { TextDictionary, utf8Text } from './text-dictionary';

/** Options of `ingestCsvTable` and `CsvTableReader`: `ingestCsv`'s, plus the texts to keep. */
export type CsvTableOptions = IngestOptions & {
  readonly delimiter?: string;
  /**
   * Repeated-text fields to keep as codes (those `analyzeTable` will group
   * by); every one of `TABLE_TEXT_FIELDS` when absent. Cells of the others
   * are skipped unread, which is faster.
   */
  readonly texts?: readonly TableTextField[];
  /**
   * Characters (or bytes) the whole text is expected to have, such as a
   * request's Content-Length, so the columns are sized once for a text read
   * in pieces too.
   */
  readonly sizeHint?: number;
};

/** What `ingestCsvTable` and `CsvTableReader` give: `ingestCsv`'s result with the deals as a table. */
export type IngestTableResult = Omit<IngestResult, 'deals'> & { readonly table: DealTable };

const QUOTE = 34;
const LF = 10;
const CR = 13;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
/** Digits a fast number may have: below 2^53, so digits / 10^k is the correctly rounded value. */
const MAX_DIGITS = 15;
/** Text `detectCsvDelimiter` looks at before deciding. */
const DETECT_LIMIT = 1 << 20;
/** Characters of text whose bytes the fast path encodes at a time. */
const WINDOW = 1 << 16;
/** The bytes of the window being read (see `CsvTableReader.window`). */
let windowBytes: Uint8Array = new Uint8Array(0);
/** The runtime's UTF-8 encoder (Workers, browsers, Node); null where there is none (Apps Script). */
const ENCODER: Utf8Encoder | null = (() => {
  const Encoder = (globalThis as { TextEncoder?: new () => Utf8Encoder }).TextEncoder;
  return typeof Encoder === 'function' ? new Encoder() : null;
})();
interface Utf8Encoder {
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}
/** Most columns a file read by the row kernel may have. */
const MAX_KERNEL_COLUMNS = 1024;
/** Longest amount cell in another form (`$1,200.00`) the fast path hands to the amount reader. */
const MAX_AMOUNT_TEXT = 60;
/** Longest date cell in another form than `YYYY-MM-DD` the fast path hands to the date reader. */
const MAX_DATE_TEXT = 40;
/** Longest stage text kept as written (as the row reader keeps it). */
const MAX_STAGE_TEXT = 200;

// What a column of the file becomes on the fast path.
const SKIP = 0;
const GROUP = 1;
const STAGE = 2;
const AMOUNT = 3;
const CREATED = 4;
const CLOSE = 5;
const DATE = 6;
const SCORE = 7;
const LOST_AT = 8;
const PROBABILITY = 9;
const CURRENCY = 10;
const STATUS = 11;
/** Places of the won and lost date columns in the row reader's order of date fields. */
const WON_ORDER = 5;
const LOST_ORDER = 6;
/** The row kernel's kind of column for each of the above (-1: a column it does not read). */
const KERNEL_KIND = [
  KERNEL_SKIP,
  KERNEL_GROUP,
  KERNEL_STAGE,
  KERNEL_AMOUNT,
  KERNEL_CREATED,
  KERNEL_CLOSE,
  KERNEL_DATE,
  KERNEL_SCORE,
  KERNEL_LOST_AT,
  KERNEL_PROBABILITY,
  -1,
  -1,
];
/** Kinds of a status cell, as stored per row (0: none). */
const STATUS_KINDS = [undefined, 'open', 'won', 'lost'] as const;
const PERCENT = 37;

/**
 * Day number of each month's first day, by (year - 1900) * 12 + month - 1,
 * filled on first use (0 = not yet: 1970-01-01 is the first day of no
 * other month, and it is worked out again harmlessly).
 */
const MONTH_START = new Int32Array((10000 - 1900) * 12);

/** Fields the fast path reads or can skip; any other mapped column sends every row to the row reader. */
const FAST_FIELDS = new Set<string>([
  'id',
  'name',
  'account',
  'nextStep',
  'lesson',
  'closeReasonDetail',
  ...TABLE_TEXT_FIELDS,
  'stage',
  'amount',
  'created',
  'closeDate',
  'stageEntered',
  'lastActivity',
  'nextStepDate',
  'lostAtStage',
  'meddpicc1',
  'meddpicc2',
  'meddpicc3',
  'meddpicc4',
  'meddpicc5',
  'meddpicc6',
  'meddpicc7',
  'meddpicc8',
  'probability',
  'currency',
  'status',
  'wonDate',
  'lostDate',
]);

/** An `Int32Array` or `Float64Array` that doubles when full. */
class Column<T extends Int32Array | Float64Array> {
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}
  grow(size: number): void {
    if (size <= this.data.length) return;
    const next = this.make(Math.max(size, this.data.length * 2, 16));
    next.set(this.data);
    this.data = next;
  }
}
const ints = (size: number) => new Column(new Int32Array(size), (n) => new Int32Array(n));
const floats = (size: number) => new Column(new Float64Array(size), (n) => new Float64Array(n));

/**
 * Reads CSV text into a `DealTable`, whole or in pieces (`push` each
 * decoded piece, then `end`), and answers exactly as `ingestCsv` does:
 * the same deals, cell errors, warnings, decisions and thrown problems.
 *
 * Rows in the common forms (plain or quoted cells without line breaks,
 * whole or dotted numbers, probabilities with or without a percent sign,
 * `YYYY-MM-DD` dates, MEDDPICC digits 1-3) are read straight from the UTF-8
 * bytes of the text (encoded natively, about 64 K characters of whole lines
 * at a time) into typed arrays and dictionary codes, without a string per
 * cell; a date in another short form (`1/15/2026`, `2026-04-17 09:41`) goes
 * to the row reader's date reader, and an amount in another form
 * (`$1,200.00`, `"¥695,000"`, `1.234,50`) to its amount reader, once the
 * row's other cells are read. Any other row goes through the row
 * reader of `ingestCsv` (`DealIngestion`), whose deferred decisions
 * (slash-date order, decimal mark, probabilities in percent) and messages
 * are then the ones `ingestCsv` gives; its deal takes its place in the
 * table at the end; a currency column's codes are converted with the row
 * reader's deals, in row order, as `convertCurrencies` converts them, and a
 * status column and won/lost dates settle stages and close dates per row as
 * `resolveStages` settles them. A file whose header maps a column the fast
 * path does not read (forecast override, discount, contacts, one-cell
 * MEDDPICC) is read wholly by the row reader.
 *
 * Memory: the table (about 70 bytes a deal), the distinct texts, the deals
 * of rows read by the row reader, the text of one unfinished record, and
 * one window of bytes (about 200 KB, shared by every reader).
 * Text with a CR not followed by LF (old Mac line ends) must be given whole
 * to `ingestCsvTable`, which turns those into LF first; `push` refuses it.
 */
export class CsvTableReader {
  private readonly ingestion: DealIngestion;
  private readonly firstRow: number;
  private buffer = '';
  private delimiter: string | null;
  private delim = -1;
  private started = false;
  private count = 0;
  /** null until the header; then whether rows may take the fast path. */
  private fast: boolean | null = null;
  private width = 0;
  private actions = new Int8Array(0);
  private targets = new Int8Array(0);
  /** The dictionary of each column of repeated texts (null for the others). */
  private dictionaries: (TextDictionary | null)[] = [];
  private readonly stages = new TextDictionary();
  private readonly lostAts = new TextDictionary();
  private readonly groups = TABLE_TEXT_FIELDS.map(() => new TextDictionary());
  private length = 0;
  private readonly row = ints(0);
  private readonly stage = ints(0);
  private readonly amount = floats(0);
  private readonly created = floats(0);
  private readonly closeDate = floats(0);
  private readonly meddpicc = floats(0);
  private readonly lostAt = ints(0);
  /** Codes of each kept text field (an empty column for the others). */
  private readonly groupCodes: Column<Int32Array>[];
  /** Rows read by the row reader: their deal and their place in the table. */
  private readonly slow: { slot: number; deal: Draft }[] = [];
  /** Where the last `number` ended. */
  private numberEnd = 0;
  /** MEDDPICC score columns the header has (a missing one counts as 1). */
  private scoreColumns = 0;
  private amountPoint = false;
  private probabilityPoint = false;
  /** The order of year-last slash dates, once the row reader knows it (it never changes after). */
  private knownOrder: DateOrder | null = null;
  /** Whether the last `number` ended with a percent sign. */
  private numberPercent = false;
  /** Whether the header has a probability column. */
  private hasProbability = false;
  /** The probability of each row (filled at the end). */
  private readonly probability = floats(0);
  /**
   * Probability cells of rows read on the fast path, in row order: row,
   * number (10 for `10`, 0.1 for `10%`), percent sign (1) or not (0), slot
   * in the table. The row reader settles them with its own at the end
   * (percent or fraction).
   */
  private readonly outside = { rows: ints(0), values: floats(0), signed: ints(0), slots: ints(0) };
  private outsideCount = 0;
  /**
   * Amounts of fast rows read by the row reader's amount reader (another
   * form than plain digits): their slot and the holder it fills, now or at
   * the end, with the amount and the currency of its symbol.
   */
  private readonly heldAmounts: {
    slot: number;
    holder: { amount?: number | null; currency?: string };
  }[] = [];
  /** Whether the header has a status column, and won or lost date columns. */
  private hasStatus = false;
  private hasClosedOn = false;
  /** Status texts of fast rows, and the kind each stands for (index in STATUS_KINDS; -1: not a status). */
  private readonly statuses = new TextDictionary();
  private readonly statusKinds: number[] = [0];
  /** Per row: the status kind, and the won and lost dates (NaN: none). */
  private readonly status = ints(0);
  private readonly wonDay = floats(0);
  private readonly lostDay = floats(0);
  /** Whether the header has a currency column. */
  private hasCurrency = false;
  /** The currency texts of fast rows, and the code each stands for (null: not a currency; the row reader reports it). */
  private readonly currencies = new TextDictionary();
  private readonly currencyCodes: (string | null)[] = [''];
  /** The currency text of each row read on the fast path, by dictionary code. */
  private readonly currency = ints(0);
  // Values of the row being read on the fast path.
  private readonly rowGroups = new Int32Array(TABLE_TEXT_FIELDS.length);

  /** The row kernel when this file's columns are all of kinds it reads (see `kernelPlan`). */
  private kernel: RowKernel | null = null;
  /** Whether the window being read is in the kernel's memory. */
  private kernelWindow = false;
  /**
   * The dictionary behind each of the kernel's dictionary ids (a group's
   * is set when the kernel reads its column), and how many of its texts it
   * was taught.
   */
  private readonly kernelTexts: (TextDictionary | null)[] = new Array(10).fill(null);
  private readonly kernelTaught = new Int32Array(10);
  /** Rows in a row the kernel left to the reader, and rows to read before asking it again. */
  private kernelMisses = 0;
  private kernelWait = 0;
  /** Rows the row kernel read (the rest of the fast rows were read by `fastRecord`). */
  kernelRows = 0;
  private lastCr = false;
  private presized = false;
  /** Date cells of the row being read that wait for the row's end: start, stop, column by date field (-1 = none). */
  private readonly later = new Int32Array(21).fill(-1);
  private laterUsed = false;
  /** Dates of the row being read whose order waits. */
  private rowWaiting: { holder: { day?: number }; order: number }[] = [];
  /** Dates of stored rows whose order waits: filled in at the end. */
  private readonly waiting: { slot: number; holder: { day?: number }; order: number }[] = [];
  /** Characters of the text read and dropped from the buffer so far. */
  private consumed = 0;
  /** UTF-8 bytes of the text of the window (see `window`), `size` of them. */
  private codes: Uint8Array = new Uint8Array(0);
  private size = 0;
  /** Where the window starts in the text when it is all ASCII; -1 otherwise. */
  private base = 0;

  constructor(
    private readonly options: CsvTableOptions = {},
    private readonly fn = 'ingestCsv',
  ) {
    const given = options.delimiter;
    if (
      given !== undefined &&
      (given.length !== 1 || given === '"' || given === '\n' || given === '\r')
    ) {
      throw new PlaybookError(
        `parseCsv: delimiter must be one character other than a quote or line break (got "${given}")`,
      );
    }
    this.delimiter = given ?? null;
    this.ingestion = new DealIngestion(options, fn, true);
    this.firstRow = options.firstRow ?? 1;
    const texts = options.texts;
    this.kept = TABLE_TEXT_FIELDS.map((field) => texts === undefined || texts.includes(field));
    this.keptGroups = this.kept.flatMap((kept, g) => (kept ? [g] : []));
    this.groupCodes = this.kept.map(() => ints(0));
  }

  /** Whether each of `TABLE_TEXT_FIELDS` is kept. */
  private readonly kept: boolean[];
  /** Indexes into `TABLE_TEXT_FIELDS` of the kept ones. */
  private readonly keptGroups: number[];

  /**
   * Reads the next piece of the text; records split between pieces are
   * read once complete. `lfChecked`: the caller has already turned lone
   * CRs into LF (as `ingestCsvTable` does), so the piece is not searched
   * for them.
   * @throws PlaybookError for a CR not followed by LF, or as `ingestCsv` does
   */
  push(piece: string, lfChecked = false): void {
    if (piece.length === 0) return;
    if (!lfChecked) this.refuseLoneCr(piece);
    if (this.buffer.length === 0) {
      this.buffer = piece;
      this.read(false);
      return;
    }
    // The record left unfinished by the last piece is joined with this
    // piece's first line only; the rest of the piece is read where it is,
    // not copied into one string with what came before.
    const lineEnd = piece.indexOf('\n');
    if (lineEnd === -1 || lineEnd === piece.length - 1) {
      this.buffer = flatText(this.buffer + piece);
      this.read(false);
      return;
    }
    this.buffer = flatText(this.buffer + piece.slice(0, lineEnd + 1));
    this.read(false);
    const rest = piece.slice(lineEnd + 1);
    this.buffer = this.buffer.length === 0 ? rest : flatText(this.buffer + rest);
    this.read(false);
  }

  /**
   * Reads what is left and settles the whole input.
   * @throws PlaybookError as `ingestCsv` does
   */
  end(): IngestTableResult {
    if (this.lastCr) this.loneCr();
    this.read(true);
    this.buffer = '';
    if (this.kernel !== null) {
      releaseRowKernel(this.kernel);
      this.kernel = null;
      this.kernelWindow = false;
    }
    return this.result();
  }

  private refuseLoneCr(piece: string): void {
    if (this.lastCr && piece.charCodeAt(0) !== LF) this.loneCr();
    for (let i = piece.indexOf('\r'); i !== -1; i = piece.indexOf('\r', i + 1)) {
      if (i === piece.length - 1) break;
      if (piece.charCodeAt(i + 1) !== LF) this.loneCr();
    }
    this.lastCr = piece.charCodeAt(piece.length - 1) === CR;
  }

  private loneCr(): never {
    throw new PlaybookError(
      `${this.fn}: the text ends lines with a lone CR (old Mac line ends), which can only be read from the whole text at once`,
    );
  }

  private read(final: boolean): void {
    let text = this.buffer;
    if (!this.started) {
      if (!final && text.length < DETECT_LIMIT && !hasLineEnd(text)) return;
      if (this.delimiter === null) this.delimiter = detectCsvDelimiter(text);
      this.delim = this.delimiter.charCodeAt(0);
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const len = text.length;
    let pos = 0;
    // End (in the text) of the window of UTF-8 bytes the fast path reads,
    // and where `pos` is in those bytes.
    let windowEnd = 0;
    let at = 0;
    while (pos < len) {
      let lineEnd = text.indexOf('\n', pos);
      if (lineEnd === -1) {
        if (!final) break;
        lineEnd = len;
      }
      if (this.fast === true) {
        if (!this.presized) {
          this.presized = true;
          this.presize(text, pos);
        }
        if (lineEnd >= windowEnd) {
          windowEnd = this.window(text, pos, lineEnd);
          at = 0;
        }
        if (this.kernelWindow && this.kernelWait-- <= 0) {
          const rows = this.readWithKernel(this.kernel as RowKernel, at);
          if (rows > 0) {
            this.kernelMisses = 0;
            at = (this.kernel as RowKernel).next;
            if (this.base !== -1) pos = this.base + at;
            else {
              // Byte positions are not the string's: past as many line feeds.
              for (let k = 0; k < rows; k++) pos = text.indexOf('\n', pos) + 1;
            }
            continue;
          }
          // The row is the reader's. After four rows in a row the kernel
          // leaves, it is asked again after 1, 3, 7 ... 63 rows, not before each.
          this.kernelMisses++;
          if (this.kernelMisses >= 4)
            this.kernelWait = (1 << Math.min(this.kernelMisses - 3, 6)) - 1;
        }
        const next = this.fastRecord(text, at, lineEnd);
        if (next >= 0) {
          at = next;
          pos = lineEnd + 1;
          this.count++;
          continue;
        }
      }
      const record = readRecord(
        text,
        pos,
        this.delim,
        final,
        this.firstRow + this.count,
        this.ingestion,
      );
      if (record === null) break;
      this.slowRecord(record.fields);
      if (this.fast === true && record.end < windowEnd) {
        at += this.base === -1 ? utf8Length(text, pos, record.end) : record.end - pos;
      }
      pos = record.end;
    }
    this.buffer = pos >= len ? '' : text.slice(pos);
    this.consumed += Math.min(pos, len);
  }

  /** A record the row reader reads: the header, a blank line or a row in another form. */
  private slowRecord(fields: string[]): void {
    const ingestion = this.ingestion;
    const before = ingestion.deals.length;
    ingestion.add(fields, this.count++);
    if (this.fast === null && ingestion.columns !== null) this.header(fields.length);
    if (this.fast === true && ingestion.deals.length > before) {
      const deal = ingestion.deals.pop() as Draft;
      this.compact(deal);
      const slot = this.reserve();
      this.slow.push({ slot, deal });
    }
  }

  /**
   * Keeps of a row reader's deal only what the table and the end of the
   * input read (stage, kept texts, dates, amount and currency, MEDDPICC,
   * "lost at stage"); its other texts are let go, and the kept ones copied
   * out of the text they were cut from, so a deal held to the end does not
   * hold the whole piece of text it came from.
   */
  private compact(deal: Draft): void {
    for (const field of DROPPED_TEXTS) {
      if (deal[field] !== undefined) deal[field] = undefined;
    }
    for (let g = 0; g < TABLE_TEXT_FIELDS.length; g++) {
      const field = TABLE_TEXT_FIELDS[g];
      const text = deal[field];
      if (text !== undefined) deal[field] = this.kept[g] ? ownText(text) : undefined;
    }
    deal.stage = ownText(deal.stage);
    if (deal.currency !== undefined) deal.currency = ownText(deal.currency);
    const lostAts = this.ingestion.reader?.extras.lostAt;
    const lostAt = lostAts?.get(deal);
    if (lostAt !== undefined) lostAts?.set(deal, ownText(lostAt));
  }

  private header(width: number): void {
    const columns = this.ingestion.columns;
    if (columns === null) return;
    const { fields } = columns;
    this.width = width;
    this.actions = new Int8Array(width);
    this.targets = new Int8Array(width);
    let fast = fields.stage !== undefined;
    const scores = [1, 2, 3, 4, 5, 6, 7, 8].filter(
      (k) => fields[`meddpicc${k}` as DealField] !== undefined,
    );
    for (const [field, column] of Object.entries(fields) as [DealField, number | undefined][]) {
      if (column === undefined) continue;
      if (field === 'meddpicc' && scores.length > 0) continue;
      if (!FAST_FIELDS.has(field)) fast = false;
      const group = (TABLE_TEXT_FIELDS as readonly string[]).indexOf(field);
      if (group >= 0) {
        if (this.kept[group]) {
          this.actions[column] = GROUP;
          this.targets[column] = group;
        }
      } else if (field === 'stage') this.actions[column] = STAGE;
      else if (field === 'amount') this.actions[column] = AMOUNT;
      else if (field === 'created') this.actions[column] = CREATED;
      else if (field === 'closeDate') this.actions[column] = CLOSE;
      else if (field === 'stageEntered' || field === 'lastActivity' || field === 'nextStepDate') {
        this.actions[column] = DATE;
        // The row reader reads dates in this order: created, close, then these.
        this.targets[column] = ['stageEntered', 'lastActivity', 'nextStepDate'].indexOf(field) + 2;
      } else if (field === 'lostAtStage') this.actions[column] = LOST_AT;
      else if (field === 'probability') {
        this.actions[column] = PROBABILITY;
        this.hasProbability = true;
      } else if (field === 'currency') {
        this.actions[column] = CURRENCY;
        this.hasCurrency = true;
      } else if (field === 'status') {
        this.actions[column] = STATUS;
        this.hasStatus = true;
      } else if (field === 'wonDate' || field === 'lostDate') {
        // Read after the other date fields, as the row reader reads them.
        this.actions[column] = DATE;
        this.targets[column] = field === 'wonDate' ? WON_ORDER : LOST_ORDER;
        this.hasClosedOn = true;
      } else if (field.startsWith('meddpicc')) this.actions[column] = SCORE;
    }
    this.scoreColumns = scores.length;
    this.dictionaries = Array.from(this.actions, (action, column) =>
      action === GROUP
        ? this.groups[this.targets[column]]
        : action === STAGE
          ? this.stages
          : action === LOST_AT
            ? this.lostAts
            : action === CURRENCY
              ? this.currencies
              : action === STATUS
                ? this.statuses
                : null,
    );
    this.fast = fast;
    if (fast) this.kernel = this.kernelPlan();
  }

  /**
   * The row kernel for this file's columns, with its kind of each column
   * set up in `kernelActions`/`kernelTargets`; null when there is no
   * kernel, no encoder, or a column it does not read (currency, status,
   * won and lost dates).
   */
  private kernelPlan(): RowKernel | null {
    const width = this.width;
    if (ENCODER === null || width > MAX_KERNEL_COLUMNS) return null;
    if (this.delim <= 0 || this.delim >= 0x80) return null;
    const actions = new Uint8Array(width);
    const targets = new Uint8Array(width);
    for (let j = 0; j < width; j++) {
      const action = this.actions[j];
      const kind = KERNEL_KIND[action];
      // Won and lost dates settle close dates per row: the reader's.
      if (kind < 0 || (action === DATE && this.targets[j] >= WON_ORDER)) return null;
      actions[j] = kind;
      if (action === GROUP) targets[j] = this.targets[j];
    }
    const kernel = takeRowKernel();
    if (kernel === null) return null;
    kernel.actions.set(actions);
    kernel.targets.set(targets);
    for (let j = 0; j < width; j++) {
      if (actions[j] === KERNEL_GROUP) this.kernelTexts[targets[j]] = this.groups[targets[j]];
    }
    this.kernelTexts[KERNEL_STAGE_TEXTS] = this.stages;
    this.kernelTexts[KERNEL_LOST_AT_TEXTS] = this.lostAts;
    return kernel;
  }

  /**
   * Reads rows from byte `at` of the window with the row kernel into the
   * table; returns how many (0 when the row at `at` is not in a form the
   * kernel reads). The kernel is first taught every text the reader's
   * dictionaries learnt since it last ran.
   */
  private readWithKernel(kernel: RowKernel, at: number): number {
    const taught = this.kernelTaught;
    const texts = this.kernelTexts;
    for (let d = 0; d < texts.length; d++) {
      const dictionary = texts[d];
      if (dictionary === null) continue;
      const values = dictionary.values;
      for (let code = Math.max(taught[d], 1); code < values.length; code++) {
        // The kernel matches bytes as they are: it is taught only texts whose
        // bytes always mean them (the dictionary would trim others).
        if (dictionary.exact(code)) kernel.learn(d, dictionary.utf8(code), code);
      }
      taught[d] = values.length;
    }
    const points = { amount: this.amountPoint, probability: this.probabilityPoint };
    const n = kernel.run(at, this.size, this.width, this.delim, points, this.scoreColumns);
    if (n === 0) return 0;
    const slot = this.length;
    if (slot + n > this.row.data.length) this.growColumns(slot + n);
    this.length = slot + n;
    const row = this.row.data;
    const first = this.firstRow + this.count;
    for (let i = 0; i < n; i++) row[slot + i] = first + i;
    this.stage.data.set(kernel.stage.subarray(0, n), slot);
    this.amount.data.set(kernel.amount.subarray(0, n), slot);
    this.created.data.set(kernel.created.subarray(0, n), slot);
    this.closeDate.data.set(kernel.close.subarray(0, n), slot);
    this.meddpicc.data.set(kernel.meddpicc.subarray(0, n), slot);
    this.lostAt.data.set(kernel.lostAt.subarray(0, n), slot);
    for (const g of this.keptGroups) {
      const codes = this.groupCodes[g].data;
      if (this.kernelTexts[g] !== null) codes.set(kernel.groups[g].subarray(0, n), slot);
      else codes.fill(0, slot, slot + n);
    }
    if (this.hasProbability) {
      // Settled at the end with the row reader's, in row order (see `noteProbability`).
      this.probability.data.fill(Number.NaN, slot, slot + n);
      const values = kernel.probability;
      for (let i = 0; i < n; i++) {
        const value = values[i];
        if (!Number.isNaN(value)) {
          this.noteProbability(slot + i, value, kernel.percent[i] === 1, first + i);
        }
      }
    }
    this.count += n;
    this.kernelRows += n;
    return n;
  }

  /**
   * Makes room for the rows of `text` after `pos` at once, estimated from
   * the length of its next 64 lines, so a whole file is not copied as the
   * columns grow.
   */
  private presize(text: string, pos: number): void {
    let at = pos;
    let lines = 0;
    while (lines < 64) {
      const next = text.indexOf('\n', at);
      if (next === -1) break;
      at = next + 1;
      lines++;
    }
    if (lines === 0) return;
    let rows = ((text.length - pos) / (at - pos)) * lines;
    const hint = this.options.sizeHint;
    if (hint !== undefined) {
      // The hint may count UTF-8 bytes: weigh the sample lines the same way.
      let bytes = 0;
      for (let i = pos; i < at; i++) {
        const c = text.charCodeAt(i);
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
      rows = Math.max(rows, ((hint - this.consumed - pos) / bytes) * lines);
    }
    // Unrepresentative first lines must not make a huge table: at most one
    // row per 24 characters left (a deal row is rarely shorter); beyond it,
    // the columns grow as rows come.
    const left = Math.max(text.length - pos, (hint ?? 0) - this.consumed - pos);
    rows = Math.min(rows, left / 24);
    const size = this.length + Math.ceil(rows * 1.05) + 16;
    if (size <= this.row.data.length) return;
    this.growColumns(size);
  }

  /** Makes room for `size` rows in every column the header uses. */
  private growColumns(size: number): void {
    this.row.grow(size);
    this.stage.grow(size);
    this.amount.grow(size);
    this.created.grow(size);
    this.closeDate.grow(size);
    this.meddpicc.grow(size);
    this.lostAt.grow(size);
    if (this.hasProbability) this.probability.grow(size);
    if (this.hasCurrency) this.currency.grow(size);
    if (this.hasStatus) this.status.grow(size);
    if (this.hasClosedOn) {
      this.wonDay.grow(size);
      this.lostDay.grow(size);
    }
    for (const g of this.keptGroups) this.groupCodes[g].grow(size);
  }

  private reserve(): number {
    const slot = this.length++;
    const size = this.length;
    if (size > this.row.data.length) this.growColumns(size);
    this.row.data[slot] = this.firstRow + this.count - 1;
    return slot;
  }

  /**
   * Fills `codes` with the UTF-8 bytes of the whole lines of `text` from
   * `pos`, about `WINDOW` characters and at least up to `lineEnd`, and
   * returns where they end in `text`. The fast path reads the bytes from
   * the typed array, which is quicker than reading the string a character
   * at a time; the native encoder writes them. For text of ASCII only (most
   * CRM exports) a byte's position is its character's: `base` is then the
   * window's start in `text`, and -1 otherwise. Without an encoder (Apps
   * Script) the window is empty and every row goes to the row reader.
   */
  private window(text: string, pos: number, lineEnd: number): number {
    let end = text.lastIndexOf('\n', pos + WINDOW);
    end = end < lineEnd ? lineEnd : end;
    end = end < text.length ? end + 1 : end;
    const size = end - pos;
    this.size = 0;
    this.kernelWindow = false;
    if (ENCODER === null) return end;
    // One buffer for every reader: a window is filled and read within one
    // call of `read`, so readers taking turns never see each other's. The
    // kernel reads its own memory: the window goes there when it fits.
    const kernel = this.kernel;
    const inKernel = kernel !== null && kernel.window.length > size * 3 + 1;
    if (!inKernel && windowBytes.length <= size * 3) windowBytes = new Uint8Array(size * 3 + 1);
    this.codes = inKernel ? kernel.window : windowBytes;
    const { written } = ENCODER.encodeInto(text.slice(pos, end), this.codes);
    // Past the window: a byte that is no character the fast path looks for.
    this.codes[written] = 0;
    this.size = written;
    this.base = written === size ? pos : -1;
    this.kernelWindow = inKernel;
    if (this.kernelWindow) (kernel as RowKernel).prepare(written, this.delim);
    return end;
  }

  /**
   * Reads the record starting at `at` in the window (see `window`) and
   * ending at `lineEnd` in `text` into the table when every cell it reads
   * is in a fast form, and returns where the next record starts in the
   * window; -1 (and nothing stored) otherwise. Each cell is read byte by
   * byte up to its delimiter, so finding the fields costs no extra pass;
   * skipped and quoted cells of ASCII text use one native search of `text`.
   */
  private fastRecord(text: string, at: number, lineEnd: number): number {
    const { codes, base, size } = this;
    if (size === 0) return -1;
    const ascii = base !== -1;
    // A record starts the window or follows a line end.
    if (at > 0 && codes[at - 1] !== LF) return -1;
    let end = ascii ? lineEnd - base : codes.indexOf(LF, at);
    if (end === -1) end = size;
    const next = end + 1;
    if (end > at && codes[end - 1] === CR) end--;
    if (end === at) return -1;
    if (this.rowWaiting.length > 0) this.rowWaiting = [];
    const { delim, width, actions, targets, rowGroups, dictionaries } = this;
    // Date cells in another form than YYYY-MM-DD: start, stop and column by date field.
    const later = this.later;
    let laterCount = 0;
    // A row that stopped half way may have left cells behind.
    if (this.laterUsed) {
      later.fill(-1);
      this.laterUsed = false;
    }
    const delimiter = this.delimiter as string;
    let stage = -1;
    let amount = Number.NaN;
    let created = Number.NaN;
    let close = Number.NaN;
    let lostAt = 0;
    let probability = Number.NaN;
    let percent = false;
    let currency = 0;
    let status = 0;
    let won = Number.NaN;
    let lost = Number.NaN;
    // An amount cell in another form, read after the row's other cells: start and stop.
    let amountStart = -1;
    let amountStop = -1;
    let total = 0;
    let scored = false;
    let p = at;
    const last = width - 1;
    for (let j = 0; j < width; j++) {
      const action = actions[j];
      if (action === SCORE && codes[p] !== QUOTE) {
        // The commonest cells first: a MEDDPICC digit 1-3 or a blank (which
        // counts 1); anything else is the row reader's.
        let c = p < end ? codes[p] : -1;
        if (c >= 49 && c <= 51) {
          total += c - 48;
          scored = true;
          p++;
          c = p < end ? codes[p] : -1;
        } else total += 1;
        if (j < last) {
          if (c !== delim) return -1;
          p++;
        } else if (p !== end) return -1;
        continue;
      }
      // A quoted cell is read as the text between its quotes, as the row
      // reader reads it (one with a doubled quote inside is the row
      // reader's); `limit` is where the cell's text ends.
      let limit = end;
      let quoted = false;
      if (p < end && codes[p] === QUOTE) {
        let closing = p;
        do {
          // A doubled quote is a quote in the text: only a skipped cell may hold one.
          if (closing > p && action !== SKIP) return -1;
          if (ascii) closing = text.indexOf('"', closing + base + 1) - base;
          else {
            closing++;
            while (closing < end && codes[closing] !== QUOTE) closing++;
          }
          if (closing < 0 || closing >= end) return -1;
          if (codes[closing + 1] === QUOTE) closing++;
          else break;
        } while (closing < end);
        quoted = true;
        p++;
        limit = closing;
      }
      let stop: number;
      if (action === SCORE) {
        // A quoted MEDDPICC cell, read as the unquoted ones above.
        const c = p < limit ? codes[p] : -1;
        if (c >= 49 && c <= 51) {
          total += c - 48;
          scored = true;
          p++;
        } else total += 1;
        stop = p;
      } else if (action === SKIP) {
        if (quoted) stop = limit;
        else if (ascii) {
          // A native search of the string, whose positions are the bytes'.
          stop = text.indexOf(delimiter, p + base) - base;
          if (stop < 0 || stop > end) stop = end;
        } else {
          // Cells are short: a loop beats a typed array's search, slow to start.
          stop = p;
          while (stop < end && codes[stop] !== delim) stop++;
        }
      } else if (
        action === GROUP ||
        action === STAGE ||
        action === LOST_AT ||
        action === CURRENCY ||
        action === STATUS
      ) {
        // -1: a text the row reader must read (see TextDictionary).
        const dictionary = dictionaries[j] as TextDictionary;
        let code: number;
        if (quoted) {
          code = dictionary.spanCode(codes, text, base, p, limit);
          stop = limit;
        } else {
          code = dictionary.scan(codes, text, base, p, end, delim);
          stop = dictionary.stop;
        }
        if (code < 0) return -1;
        if (action === GROUP) rowGroups[targets[j]] = code;
        else if (action === STAGE) {
          // A blank stage may be a blank row, a long one is clipped: the row reader decides.
          if (code === 0 || stop - p > MAX_STAGE_TEXT) return -1;
          stage = code;
        } else if (action === LOST_AT) lostAt = code;
        else if (action === STATUS) {
          // open, won or lost; another text is the row reader's to report.
          if (code >= this.statusKinds.length) {
            const kind = readStatus(dictionary.values[code]);
            this.statusKinds.push(kind === undefined ? -1 : STATUS_KINDS.indexOf(kind));
          }
          status = this.statusKinds[code];
          if (status < 0) return -1;
        } else {
          // A currency code or symbol; one that is not a currency is the row reader's to report.
          if (code >= this.currencyCodes.length) {
            this.currencyCodes.push(currencyCode(dictionary.values[code]) ?? null);
          }
          if (this.currencyCodes[code] === null) return -1;
          currency = code;
        }
      } else if (action === AMOUNT) {
        stop = p;
        if (p < limit && codes[p] !== delim) {
          // In quotes a delimiter is part of the cell: no delimiter to stop at.
          amount = this.number(codes, p, limit, quoted ? -1 : delim, false);
          if (!Number.isNaN(amount)) stop = this.numberEnd;
          else {
            // Another form (`$1,200.00`, `"¥695,000"`, `1.234,50`): the row
            // reader's amount reader reads it once the row's other cells are read.
            if (this.ingestion.reader?.readAmount === undefined) return -1;
            if (quoted) stop = limit;
            else while (stop < end && codes[stop] !== delim) stop++;
            if (stop - p > MAX_AMOUNT_TEXT) return -1;
            amountStart = p;
            amountStop = stop;
          }
        }
      } else if (action === PROBABILITY) {
        // `20`, `20%` or `0.2`: settled as a fraction at the end, with the row reader's.
        stop = p;
        if (p < limit && codes[p] !== delim) {
          probability = this.number(codes, p, limit, quoted ? -1 : delim, true);
          if (Number.isNaN(probability)) return -1;
          percent = this.numberPercent;
          stop = this.numberEnd;
        }
      } else {
        // A date column: blank, YYYY-MM-DD, or another form of up to 40
        // ASCII characters (`1/15/2026`, `15.01.2026`, `2026-04-17 09:41`,
        // `5 Jan 2026`), which the row reader's date reader reads after the
        // row's other cells, in its order of date fields, so every form it
        // takes and the order of slash dates are settled exactly as
        // `ingestCsv` settles them.
        stop = p;
        if (p < limit && codes[p] !== delim) {
          const day = p + 10 <= limit ? dayAt(codes, p) : Number.NaN;
          // `YYYY-MM-DD HH:MM[:SS]`, as HubSpot and Chinese CRMs write it: the date, as the date reader reads it.
          let dayEnd = p + 10;
          if (!Number.isNaN(day) && dayEnd < limit && (quoted || codes[dayEnd] !== delim)) {
            dayEnd = timeEnd(codes, dayEnd, limit, quoted ? -1 : delim);
          }
          if (Number.isNaN(day) || dayEnd < 0) {
            while (stop < limit && stop - p <= MAX_DATE_TEXT) {
              const c = codes[stop];
              if (c === delim && !quoted) break;
              if (c >= 0x80 || c === QUOTE) return -1;
              stop++;
            }
            if (stop - p > MAX_DATE_TEXT) return -1;
            const known =
              this.knownOrder ?? (this.knownOrder = this.ingestion.reader?.dateOrder() ?? null);
            const slash =
              known === 'MDY' || known === 'DMY' ? yearLastDay(codes, p, stop, known) : Number.NaN;
            if (!Number.isNaN(slash)) {
              if (action === CREATED) created = slash;
              else if (action === CLOSE) close = slash;
              else if (targets[j] === WON_ORDER) won = slash;
              else if (targets[j] === LOST_ORDER) lost = slash;
            } else {
              const order = action === CREATED ? 0 : action === CLOSE ? 1 : targets[j];
              later[order * 3] = p;
              later[order * 3 + 1] = stop;
              later[order * 3 + 2] = j;
              laterCount++;
              this.laterUsed = true;
            }
          } else {
            stop = dayEnd;
            if (action === CREATED) created = day;
            else if (action === CLOSE) close = day;
            else if (targets[j] === WON_ORDER) won = day;
            else if (targets[j] === LOST_ORDER) lost = day;
          }
        }
      }
      // A quoted cell's text must end at its closing quote.
      if (quoted) {
        if (stop !== limit) return -1;
        stop++;
      }
      p = stop;
      // `p` is at the cell's end: the delimiter, or the line's end for the last cell.
      if (j < last) {
        if (p >= end || codes[p] !== delim) return -1;
        p++;
      } else if (p !== end) return -1;
    }
    if (stage < 0) return -1;
    let held: { amount?: number | null; currency?: string } | null = null;
    if (amountStart >= 0) {
      // Before the dates, as the row reader reads them (their problems can throw).
      const cell =
        base === -1
          ? utf8Text(codes, amountStart, amountStop)
          : text.slice(amountStart + base, amountStop + base);
      const holder: { amount?: number | null; currency?: string } = {};
      const reader = this.ingestion.reader;
      if (reader?.readAmount?.(cell, holder, this.firstRow + this.count) !== undefined) return -1;
      if (holder.amount !== undefined && holder.currency === undefined)
        amount = holder.amount ?? Number.NaN;
      else held = holder;
    }
    if (laterCount > 0) {
      this.laterUsed = false;
      for (let order = 0; order < 7; order++) {
        const start = later[order * 3];
        if (start < 0) continue;
        later[order * 3] = -1;
        const column = later[order * 3 + 2];
        const stop = later[order * 3 + 1];
        const cell =
          base === -1 ? utf8Text(codes, start, stop) : text.slice(start + base, stop + base);
        const day = this.slashDay(cell, column, order);
        if (Number.isNaN(day)) {
          this.laterUsed = true;
          return -1;
        }
        if (order === 0) created = day;
        else if (order === 1) close = day;
        else if (order === WON_ORDER) won = day;
        else if (order === LOST_ORDER) lost = day;
      }
    }
    const slot = this.reserve();
    for (const wait of this.rowWaiting) this.waiting.push({ slot, ...wait });
    this.row.data[slot] = this.firstRow + this.count;
    this.stage.data[slot] = stage;
    this.amount.data[slot] = amount;
    this.created.data[slot] = created;
    this.closeDate.data[slot] = close;
    this.meddpicc.data[slot] = scored ? total + (8 - this.scoreColumns) : Number.NaN;
    this.lostAt.data[slot] = lostAt;
    if (held !== null) this.heldAmounts.push({ slot, holder: held });
    if (this.hasCurrency) this.currency.data[slot] = currency;
    if (this.hasStatus) this.status.data[slot] = status;
    if (this.hasClosedOn) {
      this.wonDay.data[slot] = won;
      this.lostDay.data[slot] = lost;
    }
    if (this.hasProbability) {
      this.probability.data[slot] = Number.NaN;
      if (!Number.isNaN(probability)) {
        this.noteProbability(slot, probability, percent, this.firstRow + this.count);
      }
    }
    const keptGroups = this.keptGroups;
    for (let k = 0; k < keptGroups.length; k++) {
      const g = keptGroups[k];
      this.groupCodes[g].data[slot] = rowGroups[g];
      rowGroups[g] = 0;
    }
    return next;
  }

  /**
   * A date cell in another form than `YYYY-MM-DD`, read by the row reader's
   * date tracker (so its order is settled from the whole file, with the same
   * evidence and messages): the day, -Infinity while its order waits (the
   * cell is kept in `waiting` and its row's slot filled at the end), or NaN
   * when the cell is not a date (the row then goes to the row reader).
   */
  private slashDay(cell: string, column: number, order: number): number {
    const reader = this.ingestion.reader;
    const columns = this.ingestion.columns;
    if (reader === null || columns === null) return Number.NaN;
    const holder: { day?: number } = {};
    const problem = reader.readDate(
      cell,
      holder,
      this.firstRow + this.count,
      columns.headers[column],
    );
    if (problem !== undefined) return Number.NaN;
    if (holder.day !== undefined) return holder.day;
    if (order <= 1 || order >= WON_ORDER) this.rowWaiting.push({ holder, order });
    return Number.NEGATIVE_INFINITY;
  }

  /**
   * `convertCurrencies` over every row, fast or not, in row order: the
   * report's currency; fast rows' amounts converted in `amount`, the row
   * reader's deals as `convertCurrencies` converts them.
   */
  private convertCurrencies(
    amount: Float64Array,
    hint: ReadonlyMap<string, string>,
    slowAt: ReadonlyMap<number, Draft>,
  ): string | null {
    const n = this.length;
    const written: (string | undefined)[] = new Array(n);
    const codes = this.currency.data;
    for (let i = 0; i < n; i++) {
      const code = this.hasCurrency ? codes[i] : 0;
      written[i] = code === 0 ? undefined : (this.currencyCodes[code] as string);
    }
    for (const { slot, holder } of this.heldAmounts) {
      if (holder.currency !== undefined) written[slot] = holder.currency;
    }
    for (const [slot, deal] of slowAt) written[slot] = deal.currency;
    const row = this.row.data;
    const settled = settleCurrencies(
      n,
      (i) => row[i],
      (i) => written[i],
      this.options,
      this.fn,
      hint,
    );
    if (settled === null) return null;
    for (let i = 0; i < n; i++) {
      const factor = settled.factor(written[i]);
      const deal = slowAt.get(i);
      if (deal === undefined) {
        if (factor !== 1) amount[i] *= factor;
      } else {
        if (factor !== 1 && deal.amount !== null) deal.amount *= factor;
        deal.currency = settled.target;
      }
    }
    return settled.target;
  }

  /** Keeps a fast row's probability cell for the row reader to settle at the end. */
  private noteProbability(slot: number, value: number, percent: boolean, row: number): void {
    const { rows, values, signed, slots } = this.outside;
    const k = this.outsideCount++;
    if (k >= rows.data.length) {
      rows.grow(k + 1);
      values.grow(k + 1);
      signed.grow(k + 1);
      slots.grow(k + 1);
    }
    rows.data[k] = row;
    values.data[k] = value;
    signed.data[k] = percent ? 1 : 0;
    slots.data[k] = slot;
  }

  /**
   * A whole (`-1234`) or dotted (`1234.56`) number from `start` up to the
   * delimiter or `limit` (its end goes to `numberEnd`), for a `probability`
   * with a percent sign after it allowed (then `numberPercent`);
   * NaN when the cell is in another form, or when its dot might not be a
   * decimal point (`12.500`) or no cell has yet settled it as one (the row
   * reader then reads the row and records the evidence, as `ingestCsv` does).
   */
  private number(
    codes: Uint8Array,
    start: number,
    limit: number,
    delim: number,
    probability: boolean,
  ): number {
    let i = start;
    this.numberPercent = false;
    const negative = codes[i] === DASH;
    if (negative) i++;
    let digits = 0;
    let value = 0;
    let whole = -1;
    let firstDigit = -1;
    for (; i < limit; i++) {
      const c = codes[i];
      if (c === delim) break;
      if (c === DOT) {
        if (whole !== -1) return Number.NaN;
        whole = digits;
        continue;
      }
      const d = c - 48;
      if (d < 0 || d > 9) {
        // A probability may end with a percent sign.
        if (c !== PERCENT || !probability) return Number.NaN;
        this.numberPercent = true;
        i++;
        break;
      }
      if (firstDigit === -1) firstDigit = d;
      value = value * 10 + d;
      digits++;
    }
    this.numberEnd = i;
    if (digits === 0 || digits > MAX_DIGITS) return Number.NaN;
    // A percent sign moves the point two places, as the row reader reads it (`12.5%` is 0.125).
    const percent = this.numberPercent ? 2 : 0;
    if (whole === -1 && percent > 0) {
      value /= 100;
      return negative && value !== 0 ? -value : value;
    }
    if (whole !== -1) {
      const decimals = digits - whole;
      if (whole === 0 || decimals === 0) return Number.NaN;
      if (decimals === 3 && whole <= 3 && !(whole === 1 && firstDigit === 0)) return Number.NaN;
      if (!(probability ? this.probabilityPoint : this.amountPoint)) {
        const field = probability ? 'probability' : 'amount';
        const reader = this.ingestion.reader;
        if (reader === null || reader.decimalMark(field) !== 'point') return Number.NaN;
        if (probability) this.probabilityPoint = true;
        else this.amountPoint = true;
      }
      value /= 10 ** (decimals + percent);
      if (percent > 0) return negative && value !== 0 ? -value : value;
    }
    return negative ? -value : value;
  }

  private result(): IngestTableResult {
    const ingestion = this.ingestion;
    if (this.fast !== true) {
      const { deals, ...rest } = ingestion.result();
      return { ...rest, table: tableFromDeals(deals, false, this.options.texts) };
    }
    const { reader, columns, errors, warnings } = ingestion;
    if (reader === null || columns === null) {
      throw new PlaybookError(
        `${this.fn}: the input is empty; expected a header row with a stage column`,
      );
    }
    const outside = this.outside;
    const decisions = reader.finish({
      length: this.outsideCount,
      rows: outside.rows.data,
      values: outside.values.data,
      signed: outside.signed.data,
    });
    const n = this.length;
    const row = this.row.data.subarray(0, n);
    const stage = this.stage.data.subarray(0, n);
    const amount = this.amount.data.subarray(0, n);
    const created = this.created.data.subarray(0, n);
    const closeDate = this.closeDate.data.subarray(0, n);
    const meddpicc = this.meddpicc.data.subarray(0, n);
    const lostAt = this.lostAt.data.subarray(0, n);
    const groupCodes = this.groupCodes.map((c) => c.data.subarray(0, n));
    const wonDay = this.wonDay.data;
    const lostDay = this.lostDay.data;
    for (const { slot, holder, order } of this.waiting) {
      const column =
        order === 0 ? created : order === 1 ? closeDate : order === WON_ORDER ? wonDay : lostDay;
      column[slot] = holder.day ?? Number.NaN;
    }
    const lostAtTexts = reader.extras.lostAt;
    for (const { slot, deal } of this.slow) {
      stage[slot] = this.stages.code(deal.stage);
      created[slot] = deal.created ?? Number.NaN;
      closeDate[slot] = deal.closeDate ?? Number.NaN;
      const scores = deal.meddpicc;
      if (scores !== undefined) {
        let total = 0;
        for (let k = 0; k < scores.length; k++) total += scores[k];
        meddpicc[slot] = total;
      } else meddpicc[slot] = Number.NaN;
      const at = lostAtTexts.get(deal);
      lostAt[slot] = at === undefined ? 0 : this.lostAts.code(at);
      TABLE_TEXT_FIELDS.forEach((field, g) => {
        const text = deal[field];
        if (this.kept[g]) groupCodes[g][slot] = text === undefined ? 0 : this.groups[g].code(text);
      });
    }

    // Stage texts in the order of their first deal, with their counts.
    const stageTexts = this.stages.values;
    const first = new Int32Array(stageTexts.length).fill(-1);
    const counts = new Float64Array(stageTexts.length);
    for (let i = 0; i < n; i++) {
      const code = stage[i];
      if (first[code] === -1) first[code] = i;
      counts[code]++;
    }
    const order = [...stageTexts.keys()]
      .filter((code) => first[code] !== -1)
      .sort((a, b) => first[a] - first[b]);
    const seen = new Map(order.map((code) => [stageTexts[code], { count: counts[code] }]));
    const { table, vocabulary } = chooseStageTable(seen, this.options);
    const lookup = stageLookup(table);
    const defs = stageTexts.map((text) => lookup(text));
    const names = defs.map((stage) => stage?.name);
    // Per row, in row order, as resolveStages settles each deal: a status
    // column decides won and lost (a deal it closes from an open stage is
    // lost at that stage), a won or lost date becomes the close date, an
    // unknown stage is counted, a "lost at stage" cell is checked.
    const statuses = this.hasStatus ? this.status.data : null;
    const slowStatus = reader.extras.status;
    const slowWon = reader.extras.wonDate;
    const slowLost = reader.extras.lostDate;
    const slowAt = new Map(this.slow.map(({ slot, deal }) => [slot, deal]));
    for (const { slot, deal } of this.slow) {
      if (this.hasClosedOn) {
        wonDay[slot] = slowWon.get(deal)?.day ?? Number.NaN;
        lostDay[slot] = slowLost.get(deal)?.day ?? Number.NaN;
      }
    }
    const lostAtNames = this.lostAts.values.map((text, code) =>
      code === 0 ? undefined : lookup(text)?.name,
    );
    const lostAtHeader =
      columns.fields.lostAtStage === undefined
        ? undefined
        : columns.headers[columns.fields.lostAtStage];
    const unmappedCount = new Float64Array(stageTexts.length);
    const unmappedRows = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      let code = stage[i];
      let def = defs[code];
      // Only a row reader's deal can have its status in the reader's map.
      const slowDeal = slowStatus.size > 0 ? slowAt.get(i) : undefined;
      const status =
        slowDeal === undefined
          ? STATUS_KINDS[statuses === null ? 0 : statuses[i]]
          : slowStatus.get(slowDeal);
      if (status !== undefined && status !== def?.kind) {
        const settled = settleStatus(stageTexts[code], def, status, lostAt[i] !== 0, table);
        if (settled.problem !== undefined) {
          errors.add({ row: row[i], field: 'status', value: 'open', message: settled.problem });
        }
        if (settled.lostAt !== undefined) {
          const at = this.lostAts.code(settled.lostAt);
          lostAtNames[at] = settled.lostAt;
          lostAt[i] = at;
        }
        if (settled.stage !== def && settled.stage !== undefined) {
          def = settled.stage;
          code = this.stages.code(def.name);
          defs[code] = def;
          names[code] = def.name;
          stage[i] = code;
        }
      }
      if (def !== undefined) {
        if (this.hasClosedOn && def.kind !== 'open') {
          const closedOn = def.kind === 'won' ? wonDay[i] : lostDay[i];
          if (!Number.isNaN(closedOn)) closeDate[i] = closedOn;
        }
      } else {
        unmappedCount[code]++;
        let rows = unmappedRows.get(code);
        if (rows === undefined) {
          rows = [];
          unmappedRows.set(code, rows);
        }
        if (rows.length < 5) rows.push(row[i]);
      }
      const at = lostAt[i];
      if (at !== 0 && lostAtNames[at] === undefined) {
        const text = this.lostAts.values[at];
        errors.add({
          row: row[i],
          ...(lostAtHeader ? { column: lostAtHeader } : {}),
          field: 'lostAtStage',
          value: text,
          message: unknownLostAtMessage(text),
        });
        lostAt[i] = 0;
      }
    }
    const unmappedAll: UnmappedStage[] = [];
    for (const code of order) {
      if (unmappedCount[code] === 0) continue;
      const name = stageTexts[code];
      unmappedAll.push({
        name,
        count: unmappedCount[code],
        rows: unmappedRows.get(code) ?? [],
        suggested: suggestStage(name),
      });
    }
    const unmapped = warnUnmapped(unmappedAll, warnings);

    const deals = this.slow.map((s) => s.deal);
    const hint = new Map(vocabulary?.id === 'chinese' ? [['¥', 'CNY']] : []);
    for (const { slot, holder } of this.heldAmounts) amount[slot] = holder.amount ?? Number.NaN;
    const currency =
      this.hasCurrency || this.heldAmounts.length > 0
        ? this.convertCurrencies(amount, hint, slowAt)
        : convertCurrencies(deals, this.options, this.fn, hint);
    for (const { slot, deal } of this.slow) amount[slot] = deal.amount ?? Number.NaN;
    const probability = this.hasProbability ? this.probability.data.subarray(0, n) : null;
    if (probability !== null) {
      for (let k = 0; k < this.outsideCount; k++) {
        probability[outside.slots.data[k]] = outside.values.data[k];
      }
      for (const { slot, deal } of this.slow) probability[slot] = deal.probability ?? Number.NaN;
    }
    errors.warnUnlisted(warnings);

    const text: Partial<Record<TableTextField, TextColumn>> = {};
    TABLE_TEXT_FIELDS.forEach((field, g) => {
      if (this.kept[g]) text[field] = { codes: groupCodes[g], values: this.groups[g].values };
    });
    return {
      table: {
        length: n,
        row,
        stage,
        stageTexts: stageTexts.map((t, code) => names[code] ?? t),
        amount,
        probability,
        created,
        closeDate,
        meddpiccTotal: meddpicc,
        forecastOverride: null,
        lostAtStage: lostAt,
        lostAtTexts: lostAtNames.map((name) => name ?? ''),
        text,
        id: null,
      },
      errors: errors.list,
      errorCount: errors.count,
      errorGroups: errors.grouped(),
      columns,
      dateOrder: decisions.dateOrder,
      decimal: decisions.decimal,
      warnings,
      stages: table,
      vocabulary,
      unmappedStages: unmapped,
      currency,
    };
  }
}

/**
 * Where a time written after a date at `at` ends (` 09:41`, `T17:05:46`: a
 * space or T, 1-2 digits, a colon, 2 digits, and again a colon and 2 digits
 * or not), when the cell ends there too (at `limit` or `delim`); -1 for any
 * other text. Every form taken here the date reader takes, dropping the time.
 */
function timeEnd(codes: Uint8Array, at: number, limit: number, delim: number): number {
  const separator = codes[at];
  if (separator !== 32 && separator !== 84) return -1;
  let i = at + 1;
  if (!digitAt(codes, i, limit)) return -1;
  i++;
  if (digitAt(codes, i, limit)) i++;
  for (let part = 0; part < 2; part++) {
    if (i < limit && codes[i] === 58) {
      if (!digitAt(codes, i + 1, limit) || !digitAt(codes, i + 2, limit)) return -1;
      i += 3;
    } else if (part === 0) return -1;
    else break;
  }
  return i === limit || codes[i] === delim ? i : -1;
}

/** Whether `codes[i]`, before `limit`, is a digit. */
function digitAt(codes: Uint8Array, i: number, limit: number): boolean {
  return i < limit && codes[i] >= 48 && codes[i] <= 57;
}

/**
 * `M/D/YYYY` or `D/M/YYYY` (one separator, `/`, `-` or `.`, both times) in
 * `codes[start, end)` as a day, read in `order` once the row reader knows
 * it; NaN when the cell is in another form, is no day in that order, or a
 * part above 12 where the order wants a month (the date reader then reads
 * it, and reports the dates disagreeing). The day the date reader gives.
 */
function yearLastDay(codes: Uint8Array, start: number, end: number, order: 'MDY' | 'DMY'): number {
  let i = start;
  let first = 0;
  for (const limit = i + 2; i < end && i < limit && codes[i] >= 48 && codes[i] <= 57; i++) {
    first = first * 10 + codes[i] - 48;
  }
  if (i === start || i >= end) return Number.NaN;
  const separator = codes[i++];
  if (!dateSeparator(separator)) return Number.NaN;
  const secondStart = i;
  let second = 0;
  for (const limit = i + 2; i < end && i < limit && codes[i] >= 48 && codes[i] <= 57; i++) {
    second = second * 10 + codes[i] - 48;
  }
  if (i === secondStart || i >= end || codes[i++] !== separator || end - i !== 4) return Number.NaN;
  let year = 0;
  for (; i < end; i++) {
    const d = codes[i] - 48;
    if (d < 0 || d > 9) return Number.NaN;
    year = year * 10 + d;
  }
  const month = order === 'MDY' ? first : second;
  const day = order === 'MDY' ? second : first;
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return Number.NaN;
  }
  return daysFromCivil(year, month, day);
}

/** Whether a byte is `-`, `/` or `.`, the separators of a date's parts. */
function dateSeparator(c: number): boolean {
  return c === DASH || c === SLASH || c === DOT;
}

/** `YYYY-MM-DD` at `start` of the character codes as a day number; NaN when not that form or not a day of 1900-9999. */
function dayAt(codes: Uint8Array, start: number): number {
  let y = 0;
  for (let i = start; i < start + 4; i++) {
    const c = codes[i] - 48;
    if (c < 0 || c > 9) return Number.NaN;
    y = y * 10 + c;
  }
  // `2026-01-05`, `2026/01/05` or `2026.01.05`, as the date reader takes them.
  if (!dateSeparator(codes[start + 4]) || !dateSeparator(codes[start + 7])) return Number.NaN;
  const m1 = codes[start + 5] - 48;
  const m2 = codes[start + 6] - 48;
  const d1 = codes[start + 8] - 48;
  const d2 = codes[start + 9] - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
    return Number.NaN;
  }
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN;
  const at = (y - 1900) * 12 + m - 1;
  let first = MONTH_START[at];
  if (first === 0) {
    first = daysFromCivil(y, m, 1);
    MONTH_START[at] = first;
  }
  if (d > 28 && d > daysInMonth(y, m)) return Number.NaN;
  return first + d - 1;
}

/**
 * Bytes of the UTF-8 encoding of `text[start, end)`, as the encoder writes
 * it: a surrogate pair is 4 bytes, a lone surrogate 3 (U+FFFD).
 */
function utf8Length(text: string, start: number, end: number): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * `text` as one flat string. Joining two strings makes a rope (a pair of
 * parts), on which every native search (`indexOf`) goes through a slow
 * path, many times slower per line than on flat text; a slice of it copies
 * the parts once into one string and refers to that copy. The text is the
 * same either way.
 */
function flatText(text: string): string {
  return `${text} `.slice(0, -1);
}

/** Texts of a row reader's deal the table never reads (its text columns are `TABLE_TEXT_FIELDS`). */
const DROPPED_TEXTS = [
  'id',
  'name',
  'account',
  'nextStep',
  'lesson',
  'closeReasonDetail',
  'lostAtStage',
] as const;

/**
 * A copy of `text` that does not refer to a longer string it was cut from
 * (a slice of a long string may keep all of it in memory).
 */
function ownText(text: string): string {
  return text.length < 13 ? text : flatText(text);
}

/** Whether `text` has a line feed outside quotes (the first record is complete). */
function hasLineEnd(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (c === LF && !quoted) return true;
  }
  return false;
}

/**
 * One record from `pos`, read exactly as `forEachCsvRow` reads it (quoted
 * fields, doubled quotes, text after a closing quote, a quote that never
 * closes reported to `ingestion` and read as text). Null when the record
 * may go on in text not read yet (`final` false).
 */
function readRecord(
  text: string,
  from: number,
  delim: number,
  final: boolean,
  row: number,
  ingestion: DealIngestion,
): { fields: string[]; end: number } | null {
  const len = text.length;
  const delimiter = String.fromCharCode(delim);
  const fields: string[] = [];
  let pos = from;
  const problems: string[] = [];
  const quoted: QuotedFieldEnd = { end: 0 };
  for (;;) {
    if (pos < len && text.charCodeAt(pos) === QUOTE) {
      // Whether the quote closes: a quote follows that is not doubled.
      let q = pos;
      let closes = false;
      for (;;) {
        q = text.indexOf('"', q + 1);
        if (q === -1) break;
        if (q + 1 >= len && !final) return null;
        if (text.charCodeAt(q + 1) !== QUOTE) {
          closes = true;
          break;
        }
        q++;
      }
      if (!closes && !final) return null;
      if (closes) {
        const value = readQuotedField(text, pos, quoted);
        pos = quoted.end;
        if (pos >= len && !final) return null;
        const code = pos < len ? text.charCodeAt(pos) : LF;
        if (code === delim) {
          fields.push(value);
          pos++;
          continue;
        }
        if (code === CR && pos + 1 >= len && !final) return null;
        if (code === LF || (code === CR && (pos + 1 >= len || text.charCodeAt(pos + 1) === LF))) {
          fields.push(value);
          pos += code === CR ? 2 : 1;
          break;
        }
        let nextDelim = text.indexOf(delimiter, pos);
        if (nextDelim === -1) nextDelim = len;
        let nextLf = text.indexOf('\n', pos);
        if (nextLf === -1) {
          if (!final && nextDelim === len) return null;
          nextLf = len;
        }
        if (nextDelim < nextLf) {
          fields.push(value + text.slice(pos, nextDelim));
          pos = nextDelim + 1;
          continue;
        }
        if (!final && nextLf === len) return null;
        let end = nextLf;
        if (end > pos && text.charCodeAt(end - 1) === CR) end--;
        fields.push(value + text.slice(pos, end));
        pos = nextLf + 1;
        break;
      }
      problems.push(
        `a quote opens field ${fields.length + 1} and never closes; the line is read as written`,
      );
    }
    let nextDelim = text.indexOf(delimiter, pos);
    if (nextDelim === -1) nextDelim = len;
    let nextLf = text.indexOf('\n', pos);
    if (nextLf === -1) nextLf = len;
    if (nextDelim < nextLf) {
      fields.push(text.slice(pos, nextDelim));
      pos = nextDelim + 1;
      continue;
    }
    if (!final && nextLf === len) return null;
    let end = nextLf;
    if (end > pos && text.charCodeAt(end - 1) === CR) end--;
    fields.push(text.slice(pos, end));
    pos = nextLf + 1;
    break;
  }
  for (const message of problems) ingestion.errors.add({ row, message });
  return { fields, end: pos };
}

/**
 * `ingestCsv` with the deals as a `DealTable` (see `CsvTableReader`): the
 * same deals, errors, warnings and decisions, for `analyzeTable`. Lone CRs
 * are turned into LF first, as `forEachCsvRow` does.
 *
 * Cost: O(text length); memory is the text plus the table.
 *
 * @param text - the CSV text
 * @param options - as for `ingestCsv`
 * @throws PlaybookError as `ingestCsv` does
 * @example
 * ingestCsvTable('Deal Stage,Amount\nProposal,1200\n').table.amount[0] // => 1200
 */
export function ingestCsvTable(text: string, options: CsvTableOptions = {}): IngestTableResult {
  const reader = new CsvTableReader(options);
  const given = options.delimiter;
  reader.push(
    hasLoneCr(text) ? loneCrToLf(text, given === undefined ? -1 : given.charCodeAt(0)) : text,
    true,
  );
  return reader.end();
}
