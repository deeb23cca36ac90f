// The row kernel: CSV rows in the commonest cell forms read from UTF-8 bytes
// into number columns and dictionary codes, as WebAssembly (AssemblyScript,
// compiled by shared/kernel/build.mjs into row-kernel.wasm). It reads what
// `CsvTableReader.fastRecord` reads, in a subset of its forms, and gives
// the same values; at the first row it cannot read whole it stops, and the
// reader reads that row its own way before calling it again. Nothing here
// decides what a cell means: a row it is unsure of is always left to the
// reader.
//
// Forms read: unquoted cells; quoted cells only where the column is
// skipped (doubled quotes inside allowed, line breaks not); dictionary
// texts already known (the reader teaches the kernel each text its
// dictionaries hold, with its code); amounts `-?digits[.digits]` as
// `fastRecord` reads them once the decimal point is settled; dates
// `YYYY-MM-DD` (or with `/` or `.`) of 1900-9999, with a time after them or
// not (`2026-04-17 09:41`); MEDDPICC digits 1-3 or
// blank. CRLF and LF line ends.

// What a column is, as the reader numbers it for the kernel.
const SKIP: i32 = 0;
const GROUP: i32 = 1;
const STAGE: i32 = 2;
const LOST_AT: i32 = 3;
const AMOUNT: i32 = 4;
const CREATED: i32 = 5;
const CLOSE: i32 = 6;
const SCORE: i32 = 7;
/** A date column the report does not keep: checked, not stored. */
const DATE: i32 = 8;
const PROBABILITY: i32 = 9;

const LF: i32 = 10;
const CR: i32 = 13;
const QUOTE: i32 = 34;
const DASH: i32 = 45;
const DOT: i32 = 46;
const SLASH: i32 = 47;
const PERCENT: i32 = 37;
/** Dictionary ids of the stage and lost-at texts (groups are 0..7). */
const STAGE_TEXTS: i32 = 8;
const LOST_AT_TEXTS: i32 = 9;
/** Digits a number may have (below 2^53, so digits / 10^k is correctly rounded). */
const MAX_DIGITS: i32 = 15;
/** Longest stage text the reader keeps as written. */
const MAX_STAGE_TEXT: i32 = 200;

// Memory map, in bytes (the reader reads these offsets from the exports).
/** Kind of each column, a byte each. */
export const ACTIONS: i32 = 1 << 16;
/** Dictionary (or group) of each column, a byte each. */
export const TARGETS: i32 = ACTIONS + 1024;
/** Most rows one `run` reads. */
export const MAX_ROWS: i32 = 1024;
export const OUT_STAGE: i32 = TARGETS + 1024;
export const OUT_LOST_AT: i32 = OUT_STAGE + MAX_ROWS * 4;
export const OUT_AMOUNT: i32 = OUT_LOST_AT + MAX_ROWS * 4;
export const OUT_CREATED: i32 = OUT_AMOUNT + MAX_ROWS * 8;
export const OUT_CLOSE: i32 = OUT_CREATED + MAX_ROWS * 8;
export const OUT_MEDDPICC: i32 = OUT_CLOSE + MAX_ROWS * 8;
/** A probability cell's number (NaN when blank), and 1 where it ended with `%`. */
export const OUT_PROBABILITY: i32 = OUT_MEDDPICC + MAX_ROWS * 8;
export const OUT_PERCENT: i32 = OUT_PROBABILITY + MAX_ROWS * 8;
/** Codes of group `g` at `OUT_GROUPS + g * MAX_ROWS * 4`, eight groups. */
export const OUT_GROUPS: i32 = OUT_PERCENT + MAX_ROWS;
/** Where the reader puts the bytes of a text it teaches (`learn`). */
export const STAGING: i32 = OUT_GROUPS + 8 * MAX_ROWS * 4;
export const MAX_TEXT: i32 = 4096;
/** 10^k, k = 0..17. */
const POWERS: i32 = STAGING + MAX_TEXT;
/** Open-addressing table of entry numbers (1-based), kept at most half full. */
const SLOTS: i32 = POWERS + 256;
const TABLE: i32 = 1 << 15;
/** Entries of five i32: dictionary, hash, start of its bytes, length, code. */
const ENTRIES: i32 = SLOTS + TABLE * 4;
const MAX_ENTRIES: i32 = TABLE >> 1;
/** The bytes of the texts taught. */
const STORE: i32 = ENTRIES + MAX_ENTRIES * 20;
const STORE_SIZE: i32 = 1 << 19;
/**
 * Where the window's delimiters and line feeds are: bit `i % 64` of the
 * 64-bit word `i / 64` for byte `i` (see `prepare`). Room for a window of
 * 512 KB.
 */
const MASKS: i32 = STORE + STORE_SIZE;
const MAX_BLOCKS: i32 = (1 << 19) >> 6;
/** The window of text bytes the reader fills (the 128 bytes past its end are read, never used). */
export const WINDOW: i32 = MASKS + (MAX_BLOCKS + 2) * 8;
/** Most bytes a window may have. */
export const WINDOW_SIZE: i32 = (MAX_BLOCKS - 1) << 6;

let entries: i32 = 0;
let stored: i32 = 0;
/** Where the last `run` stopped, as a byte offset in the window. */
export let stopAt: i32 = 0;

/** Forgets every text taught; fills the table of powers of ten. */
export function reset(): void {
  memory.fill(SLOTS, 0, TABLE * 4);
  entries = 0;
  stored = 0;
  let power: f64 = 1;
  for (let k = 0; k <= MAX_DIGITS + 2; k++) {
    store<f64>(POWERS + (k << 3), power);
    power *= 10;
  }
}

/**
 * Hash of the bytes [start, start + length), eight at a time (the kernel's
 * own table: it need not match the reader's dictionaries). Bytes past the
 * text are read and masked off.
 */
@inline
function textHash(start: i32, length: i32): i32 {
  let h: u64 = <u64>length * 0x9e3779b97f4a7c15;
  let i = 0;
  for (; i + 8 <= length; i += 8) h = (h ^ load<u64>(start + i)) * 0xff51afd7ed558ccd;
  if (i < length) {
    const tail = load<u64>(start + i) & ((<u64>1 << (<u64>(length - i) << 3)) - 1);
    h = (h ^ tail) * 0xff51afd7ed558ccd;
  }
  return <i32>(h >> 32) ^ <i32>h;
}

/** Whether the `length` bytes at `a` and at `b` are the same. */
@inline
function sameBytes(a: i32, b: i32, length: i32): bool {
  let i = 0;
  for (; i + 8 <= length; i += 8) if (load<u64>(a + i) !== load<u64>(b + i)) return false;
  if (i === length) return true;
  // The last few bytes as one word, the bytes past them masked off.
  const tail = (<u64>1 << (<u64>(length - i) << 3)) - 1;
  return ((load<u64>(a + i) ^ load<u64>(b + i)) & tail) === 0;
}

@inline
function slotOf(dictionary: i32, h: i32): i32 {
  return (h ^ (dictionary * 0x9e3779b1)) & (TABLE - 1);
}

/** Code of the bytes [start, start + length) in `dictionary`; -1 when not taught. */
@inline
function lookup(dictionary: i32, h: i32, start: i32, length: i32): i32 {
  let at = slotOf(dictionary, h);
  let entry = load<i32>(SLOTS + (at << 2));
  while (entry !== 0) {
    const base = ENTRIES + (entry - 1) * 20;
    if (
      load<i32>(base + 4) === h &&
      load<i32>(base) === dictionary &&
      load<i32>(base + 12) === length
    ) {
      if (sameBytes(load<i32>(base + 8), start, length)) return load<i32>(base + 16);
    }
    at = (at + 1) & (TABLE - 1);
    entry = load<i32>(SLOTS + (at << 2));
  }
  return -1;
}

/**
 * Teaches the `length` bytes at `STAGING` as `code` of `dictionary`;
 * false when the kernel has no room left (the text is then the reader's
 * to read, every time it comes).
 */
export function learn(dictionary: i32, length: i32, code: i32): bool {
  if (length > MAX_TEXT || entries >= MAX_ENTRIES - 1 || stored + length > STORE_SIZE) {
    return false;
  }
  const h = textHash(STAGING, length);
  if (lookup(dictionary, h, STAGING, length) >= 0) return true;
  memory.copy(STORE + stored, STAGING, length);
  const base = ENTRIES + entries * 20;
  store<i32>(base, dictionary);
  store<i32>(base + 4, h);
  store<i32>(base + 8, STORE + stored);
  store<i32>(base + 12, length);
  store<i32>(base + 16, code);
  stored += length;
  entries++;
  let at = slotOf(dictionary, h);
  while (load<i32>(SLOTS + (at << 2)) !== 0) at = (at + 1) & (TABLE - 1);
  store<i32>(SLOTS + (at << 2), entries);
  return true;
}

/** Day number (days since 1970-01-01) of a proleptic Gregorian date. */
function daysFromCivil(year: i32, month: i32, day: i32): i32 {
  const y = month <= 2 ? year - 1 : year;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yearOfEra = y - era * 400;
  const shifted = month > 2 ? month - 3 : month + 9;
  const dayOfYear = (153 * shifted + 2) / 5 + day - 1;
  const dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function dateSeparator(c: i32): bool {
  return c === DASH || c === SLASH || c === DOT;
}

function digitAt(p: i32): i32 {
  return <i32>load<u8>(p) - 48;
}

/** `YYYY-MM-DD` (or `/`, `.`) at `p` as a day number of 1900-9999; `i32.MIN_VALUE` otherwise. */
@inline
function dayAt(p: i32): i32 {
  const y0 = digitAt(p);
  const y1 = digitAt(p + 1);
  const y2 = digitAt(p + 2);
  const y3 = digitAt(p + 3);
  const m1 = digitAt(p + 5);
  const m2 = digitAt(p + 6);
  const d1 = digitAt(p + 8);
  const d2 = digitAt(p + 9);
  // Each is a digit when, read unsigned, it is below 10.
  if (<u32>y0 > 9 || <u32>y1 > 9 || <u32>y2 > 9 || <u32>y3 > 9) return i32.MIN_VALUE;
  if (<u32>m1 > 9 || <u32>m2 > 9 || <u32>d1 > 9 || <u32>d2 > 9) return i32.MIN_VALUE;
  if (!dateSeparator(<i32>load<u8>(p + 4)) || !dateSeparator(<i32>load<u8>(p + 7))) {
    return i32.MIN_VALUE;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > 31) return i32.MIN_VALUE;
  if (day > 28) {
    let days = 31;
    if (month === 4 || month === 6 || month === 9 || month === 11) days = 30;
    else if (month === 2) {
      days = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
    }
    if (day > days) return i32.MIN_VALUE;
  }
  return daysFromCivil(year, month, day);
}

function digitBefore(i: i32, stop: i32): bool {
  return i < stop && <u32>(<i32>load<u8>(i) - 48) < 10;
}

/**
 * Whether [i, stop) is the time after a date as the reader takes it: a
 * space or `T`, an hour of one or two digits, `:MM`, and maybe `:SS`.
 */
function timeFits(i: i32, stop: i32): bool {
  const separator = <i32>load<u8>(i);
  if (separator !== 32 && separator !== 84) return false;
  i++;
  if (!digitBefore(i, stop)) return false;
  i++;
  if (digitBefore(i, stop)) i++;
  for (let part = 0; part < 2; part++) {
    if (i < stop && <i32>load<u8>(i) === 58) {
      if (!digitBefore(i + 1, stop) || !digitBefore(i + 2, stop)) return false;
      i += 3;
    } else if (part === 0) return false;
    else break;
  }
  return i === stop;
}

/**
 * Marks where the delimiters and line feeds of the window's `size` bytes
 * are (`MASKS`), 64 bytes at a time, each block on its own: the rows are
 * then cut from these bits, with no byte-by-byte search whose every step
 * waits for the last. The window's end counts as a line end; the block
 * after it has every bit set, so no search runs past it.
 */
export function prepare(size: i32, delim: i32): void {
  const delims = i8x16.splat(<i8>delim);
  const lineFeeds = i8x16.splat(<i8>LF);
  const blocks = (size >> 6) + 1;
  for (let b = 0; b < blocks; b++) {
    const at = WINDOW + (b << 6);
    let mask: u64 = 0;
    for (let k = 0; k < 4; k++) {
      const bytes = v128.load(at + (k << 4));
      const found = i8x16.bitmask(v128.or(i8x16.eq(bytes, delims), i8x16.eq(bytes, lineFeeds)));
      mask |= <u64>found << (<u64>k << 4);
    }
    store<u64>(MASKS + (b << 3), mask);
  }
  const end = size >> 6;
  const bit = <u64>(size & 63);
  const kept = load<u64>(MASKS + (end << 3)) & ((<u64>1 << bit) - 1);
  store<u64>(MASKS + (end << 3), kept | (<u64>1 << bit));
  store<u64>(MASKS + ((end + 1) << 3), <u64>-1);
  // A search for a closing quote stops here at the latest.
  store<u8>(WINDOW + size + 1, LF);
}

/**
 * Reads rows from byte `at` of the window (`size` bytes, whole lines,
 * marked by `prepare`) into the outputs, at most `maxRows` (and
 * `MAX_ROWS`); returns how many. `stopAt` tells where it stopped: the
 * window's end, a row it leaves to the reader, or the row after its last
 * when its output is full. `flags` bit 0: the amounts' decimal mark is
 * settled as a point; bit 1: the probabilities' one is. `scoreColumns`:
 * MEDDPICC columns in the header (a missing one counts 1, as a blank cell
 * does).
 */
export function run(
  at: i32,
  size: i32,
  width: i32,
  delim: i32,
  flags: i32,
  scoreColumns: i32,
  maxRows: i32,
): i32 {
  const amountPoint = (flags & 1) !== 0;
  const probabilityPoint = (flags & 2) !== 0;
  const rows = maxRows < MAX_ROWS ? maxRows : MAX_ROWS;
  const last = width - 1;
  const quotes = i8x16.splat(<i8>QUOTE);
  const lineFeeds = i8x16.splat(<i8>LF);
  // Positions are offsets in the window. The cursor over the marks: the
  // block at `block` with the marks before `p` cleared.
  let p = at;
  let block = p & ~63;
  let marks = load<u64>(MASKS + (block >> 3)) & (<u64>-1 << <u64>(p & 63));
  let r = 0;
  while (r < rows) {
    const rowStart = p;
    if (p >= size) break;
    let c = <i32>load<u8>(WINDOW + p);
    // A blank line is the reader's.
    if (c === LF || c === CR) break;
    let stage = -1;
    let lostAt = 0;
    let amount: f64 = NaN;
    let created: f64 = NaN;
    let close: f64 = NaN;
    let probability: f64 = NaN;
    let percent = false;
    let total = 0;
    let scored = false;
    let ok = true;
    for (let j = 0; j < width; j++) {
      const action = <i32>load<u8>(ACTIONS + j);
      c = <i32>load<u8>(WINDOW + p);
      if (c === QUOTE) {
        // Only a skipped cell may be quoted here: up to its closing quote (a
        // doubled quote is text, a line break is the reader's), then the
        // marks from there on.
        if (action !== SKIP) {
          ok = false;
          break;
        }
        let q = WINDOW + p + 1;
        for (;;) {
          let found = 0;
          for (;;) {
            const bytes = v128.load(q);
            found = i8x16.bitmask(v128.or(i8x16.eq(bytes, quotes), i8x16.eq(bytes, lineFeeds)));
            if (found !== 0) break;
            q += 16;
          }
          q += ctz(found);
          if (q >= WINDOW + size || <i32>load<u8>(q) === LF) {
            ok = false;
            break;
          }
          if (<i32>load<u8>(q + 1) !== QUOTE) break;
          q += 2;
        }
        if (!ok) break;
        p = q + 1 - WINDOW;
        block = p & ~63;
        marks = load<u64>(MASKS + (block >> 3)) & (<u64>-1 << <u64>(p & 63));
      }
      // The cell ends at the next mark: a delimiter or a line feed.
      while (marks === 0) {
        block += 64;
        marks = load<u64>(MASKS + (block >> 3));
      }
      const end = block + <i32>ctz(marks);
      marks &= marks - 1;
      const ending = <i32>load<u8>(WINDOW + end);
      // A CR just before the line feed ends the line, not the cell.
      const stop =
        ending === LF && end > p && <i32>load<u8>(WINDOW + end - 1) === CR ? end - 1 : end;
      const length = stop - p;
      if (c === QUOTE) {
        // A quoted cell's text ends at its closing quote.
        if (length !== 0) {
          ok = false;
          break;
        }
      } else if (action === SKIP) {
        // Nothing to read.
      } else if (action === SCORE) {
        // A digit 1-3, or blank (counts 1).
        if (length === 1 && <u32>(c - 49) < 3) {
          total += c - 48;
          scored = true;
        } else if (length === 0) total += 1;
        else {
          ok = false;
          break;
        }
      } else if (action <= LOST_AT) {
        const target = <i32>load<u8>(TARGETS + j);
        let code = 0;
        if (length > 0) {
          const dictionary =
            action === GROUP ? target : action === STAGE ? STAGE_TEXTS : LOST_AT_TEXTS;
          code = lookup(dictionary, textHash(WINDOW + p, length), WINDOW + p, length);
          if (code < 0) {
            ok = false;
            break;
          }
        }
        if (action === GROUP) store<i32>(OUT_GROUPS + ((target * MAX_ROWS + r) << 2), code);
        else if (action === STAGE) {
          // A blank stage may be a blank row, a long one is clipped: the reader decides.
          if (code === 0 || length > MAX_STAGE_TEXT) {
            ok = false;
            break;
          }
          stage = code;
        } else lostAt = code;
      } else if (action === AMOUNT) {
        if (length > 0) {
          amount = readNumber(WINDOW + p, WINDOW + stop, amountPoint, false);
          if (isNaN(amount)) {
            ok = false;
            break;
          }
        }
      } else if (action === PROBABILITY) {
        if (length > 0) {
          // `20`, `20%` or `0.2`, settled as a fraction by the reader at the end.
          percent = <i32>load<u8>(WINDOW + stop - 1) === PERCENT;
          probability = readNumber(WINDOW + p, WINDOW + stop, probabilityPoint, percent);
          if (isNaN(probability)) {
            ok = false;
            break;
          }
        }
      } else if (action === CREATED || action === CLOSE || action === DATE) {
        if (length > 0) {
          // `YYYY-MM-DD`, or with a time after it as HubSpot and Chinese CRMs write it.
          const day =
            length === 10 || (length > 10 && timeFits(WINDOW + p + 10, WINDOW + stop))
              ? dayAt(WINDOW + p)
              : i32.MIN_VALUE;
          if (day === i32.MIN_VALUE) {
            ok = false;
            break;
          }
          if (action === CREATED) created = <f64>day;
          else if (action === CLOSE) close = <f64>day;
        }
      } else {
        ok = false;
        break;
      }
      // A cell before the last ends at a delimiter, the last at a line feed inside the window.
      if (j < last ? ending !== delim : ending !== LF || end >= size) {
        ok = false;
        break;
      }
      p = end + 1;
    }
    if (!ok || stage < 0) {
      p = rowStart;
      break;
    }
    store<i32>(OUT_STAGE + (r << 2), stage);
    store<i32>(OUT_LOST_AT + (r << 2), lostAt);
    store<f64>(OUT_AMOUNT + (r << 3), amount);
    store<f64>(OUT_CREATED + (r << 3), created);
    store<f64>(OUT_CLOSE + (r << 3), close);
    store<f64>(OUT_MEDDPICC + (r << 3), scored ? <f64>(total + 8 - scoreColumns) : NaN);
    store<f64>(OUT_PROBABILITY + (r << 3), probability);
    store<u8>(OUT_PERCENT + r, percent ? 1 : 0);
    r++;
  }
  stopAt = p;
  return r;
}

/**
 * The number in the bytes [start, stop): `-?digits[.digits]` (an amount, or
 * a probability with a `%` as its last byte when `percent`, then two places
 * to the left), as the reader reads it; NaN for any other form, a dot not
 * yet settled as the decimal mark (`point`), or one that may be grouping
 * (`12.500`).
 */
@inline
function readNumber(start: i32, stop: i32, point: bool, percent: bool): f64 {
  let i = start;
  const end = percent ? stop - 1 : stop;
  const negative = <i32>load<u8>(i) === DASH;
  if (negative) i++;
  let digits = 0;
  let value: f64 = 0;
  let whole = -1;
  let firstDigit = -1;
  for (; i < end; i++) {
    const c = <i32>load<u8>(i);
    if (c === DOT) {
      if (whole !== -1) return NaN;
      whole = digits;
      continue;
    }
    const d = c - 48;
    if (<u32>d > 9) return NaN;
    if (firstDigit === -1) firstDigit = d;
    value = value * 10 + <f64>d;
    digits++;
  }
  if (digits === 0 || digits > MAX_DIGITS) return NaN;
  const places = percent ? 2 : 0;
  if (whole === -1 && percent) {
    value /= 100;
    return negative && value !== 0 ? -value : value;
  }
  if (whole !== -1) {
    const decimals = digits - whole;
    if (whole === 0 || decimals === 0 || !point) return NaN;
    if (decimals === 3 && whole <= 3 && !(whole === 1 && firstDigit === 0)) return NaN;
    value /= load<f64>(POWERS + ((decimals + places) << 3));
    if (percent) return negative && value !== 0 ? -value : value;
  }
  return negative ? -value : value;
}
