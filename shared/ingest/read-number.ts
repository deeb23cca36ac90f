import type { DecimalMark } from '../types';
import { clipText } from './error-log';

/**
 * What `readNumber` makes of a cell: a number, `null` for a blank, or a
 * string saying why the value is not a number.
 */
export type NumberReading = number | null | string;

const PLAIN = /^-?\d+(?:\.\d+)?$/;
/** The common forms, read without the general path: `-$1,234.50`, `12.5%`. */
const COMMON = /^(-?)[$€£¥￥]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$/;
const COMMAS = /,/g;
const SYMBOLS = '$€£¥￥₹₩₽₺₫฿';
const PREFIX = new RegExp(
  `^(?:[A-Z]{1,3}[${SYMBOLS}]|[${SYMBOLS}]|(?:USD|EUR|GBP|CNY|RMB|JPY|HKD|SGD|AUD|CAD|CHF|INR|KRW|TWD)(?![A-Z])|人民币)\\s*`,
);
const SUFFIX = new RegExp(
  `\\s*(?:[${SYMBOLS}]|(?:USD|EUR|GBP|CNY|RMB|JPY|HKD|SGD|AUD|CAD|CHF|INR|KRW|TWD)|元|人民币|块)$`,
);
const SCALE = /\s*([kK]|[mM]|万|千|百万|亿)$/;
/** Power of ten of each scale word. */
const SCALES: Record<string, number> = {
  k: 3,
  K: 3,
  m: 6,
  M: 6,
  千: 3,
  万: 4,
  百万: 6,
  亿: 8,
};
/** Digits with `,` `.` spaces or apostrophes between them. */
const BODY = /^\d[\d.,'’\s\u00a0\u202f]*$|^[.,]\d+$/;
const GROUP_SPACES = /['’\s\u00a0\u202f]/g;
/** Full-width digits, comma, period and percent sign (U+FF10-FF19, FF0C, FF0E, FF05). */
const FULL_WIDTH = /[\uff05\uff0c\uff0e\uff10-\uff19]/;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, 'g');
/** A full-width character as its ASCII twin: the code points lie 0xFEE0 apart. */
const halfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/**
 * Reads one cell as a number: numbers as they are; text with a currency
 * symbol or code before or after (`$`, `€`, `¥`, `USD`, `元`...), a sign or
 * parentheses for negatives, a scale word (`k`, `M`, `万`, `亿`), and a
 * trailing `%` (divided by 100). Separators: both `,` and `.` → the last is
 * the decimal mark; spaces and apostrophes group thousands; one `,` with
 * exactly three digits after it groups thousands (`1,234` is 1234), with
 * other digit counts it is a decimal comma (`1,5` is 1.5); several `,` or
 * several `.` group thousands. Group sizes are checked. Full-width digits,
 * comma, period and percent sign (`１２，０００`, `２０％`) read as their ASCII
 * forms.
 */
export function readNumber(value: unknown): NumberReading {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : `${value} is not a number`;
  }
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return `${String(value)} is not a number`;
  const raw = value.trim();
  if (raw === '') return null;
  if (PLAIN.test(raw) && raw.length < 300) return Number(raw);
  const common = COMMON.exec(raw);
  if (common && raw.length < 300) {
    const digits = common[2].length > 3 ? common[2].replace(COMMAS, '') : common[2];
    const number = Number(`${common[1]}${digits}${common[3] ?? ''}${common[4] ? 'e-2' : ''}`);
    return number === 0 ? 0 : number;
  }
  return readText(raw);
}

/** The parts of a number written as text, before its digits are read. */
export interface NumberText {
  readonly negative: boolean;
  readonly percent: boolean;
  /** Power of ten of a scale word (`k` → 3, `万` → 4), 0 without one. */
  readonly scale: number;
  /** The currency symbol or code as written (`$`, `EUR`, `元`), when there is one. */
  readonly currency?: string;
  /** Digits with their separators: `1.234,50`. */
  readonly body: string;
}

/**
 * Splits trimmed text into sign, currency, scale, percent and the digits
 * with their separators; returns a reason when it is not a number.
 */
export function numberText(raw: string): NumberText | string {
  const shown = raw;
  let text = FULL_WIDTH.test(raw) ? raw.replace(FULL_WIDTH_ALL, halfWidth) : raw;
  let negative = false;
  let percent = false;
  let currency: string | undefined;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.endsWith('%') || text.endsWith('％')) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  const sign = (): void => {
    const c = text.charAt(0);
    if (c === '-' || c === '−' || c === '+') {
      if (c !== '+') negative = !negative;
      text = text.slice(1).trim();
    }
  };
  sign();
  const prefix = PREFIX.exec(text);
  if (prefix) {
    currency = prefix[0].trim();
    text = text.slice(prefix[0].length);
  }
  sign();
  const suffix = SUFFIX.exec(text);
  if (suffix) {
    currency ??= suffix[0].trim();
    text = text.slice(0, suffix.index);
  }
  let scale = 0;
  const scaleMatch = SCALE.exec(text);
  if (scaleMatch) {
    scale = SCALES[scaleMatch[1]];
    text = text.slice(0, scaleMatch.index);
    // A currency word after the scale: `1.2万元`.
  }
  if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }
  if (!BODY.test(text)) return `"${shown}" is not a number`;
  return { negative, percent, scale, body: text, ...(currency ? { currency } : {}) };
}

/** The general path of `readNumber` for trimmed text. */
function readText(raw: string): NumberReading {
  const parts = numberText(raw);
  if (typeof parts === 'string') return parts;
  return numberOf(parts, readBody(parts.body, null), raw);
}

/**
 * The number the parts and their plain decimal digits make, or a reason:
 * digits `null` means the separators were in the wrong places.
 */
export function numberOf(parts: NumberText, digits: string | null, shown: string): NumberReading {
  if (digits === null) return `"${shown}" has thousands separators in the wrong places`;
  // Scale by moving the decimal point, so 12.5% is exactly the number 0.125.
  const number = Number(`${digits}e${parts.scale - (parts.percent ? 2 : 0)}`);
  if (!Number.isFinite(number)) return `"${clipText(shown, 40)}" is too large to be a number`;
  return parts.negative && number !== 0 ? -number : number;
}

/**
 * What the separators of one number's digits say about its decimal mark:
 * `point` or `comma` when only one reading is possible, `'.'` or `','` when
 * a lone separator before exactly three digits (`12.500`, `1,250`) could be
 * either a decimal mark or a thousands separator, `null` when there is no
 * separator at all.
 *
 * @example
 * decimalEvidence('3.000,50') // => 'comma'
 * decimalEvidence('1,250,000') // => 'point'
 * decimalEvidence('12.500') // => '.'
 */
export function decimalEvidence(body: string): DecimalMark | '.' | ',' | null {
  const spaced = GROUP_SPACES.test(body);
  GROUP_SPACES.lastIndex = 0;
  const lastComma = body.lastIndexOf(',');
  const lastDot = body.lastIndexOf('.');
  if (lastComma < 0 && lastDot < 0) return null;
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? 'comma' : 'point';
  const at = lastComma >= 0 ? lastComma : lastDot;
  const sep = body.charAt(at);
  const asDecimal: DecimalMark = sep === ',' ? 'comma' : 'point';
  const asGroup: DecimalMark = sep === ',' ? 'point' : 'comma';
  // Several of the same separator: it groups thousands.
  if (body.indexOf(sep) !== at) return asGroup;
  const whole = body.slice(0, at);
  const fraction = body.length - at - 1;
  if (fraction !== 3 || spaced || whole === '0' || whole === '' || whole.length > 3) {
    return asDecimal;
  }
  return sep as '.' | ',';
}

/**
 * Digits and separators → plain decimal text, or null when the grouping is
 * wrong. With a `mark`, that character is the decimal mark and the other
 * groups thousands; without one, the cell decides alone (see `readNumber`).
 */
export function readBody(body: string, mark: DecimalMark | null): string | null {
  const hasSpaces = GROUP_SPACES.test(body);
  GROUP_SPACES.lastIndex = 0;
  let text = hasSpaces ? body.replace(GROUP_SPACES, ' ') : body;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let decimal = '';
  if (mark !== null) {
    decimal = mark === 'point' ? '.' : ',';
    if (text.indexOf(decimal) !== text.lastIndexOf(decimal)) return null;
    if (!text.includes(decimal)) decimal = '';
  } else if (lastComma >= 0 && lastDot >= 0) {
    decimal = lastComma > lastDot ? ',' : '.';
  } else if (lastComma >= 0) {
    const single = text.indexOf(',') === lastComma;
    decimal = single && (text.length - lastComma - 1 !== 3 || hasSpaces) ? ',' : '';
  } else if (lastDot >= 0) {
    decimal = text.indexOf('.') === lastDot ? '.' : '';
  }
  let fraction = '';
  if (decimal !== '') {
    const at = text.lastIndexOf(decimal);
    fraction = text.slice(at + 1);
    if (!/^\d+$/.test(fraction)) return null;
    text = text.slice(0, at);
  }
  if (text === '') text = '0';
  const groups = text.split(/[,. ]/);
  if (groups.length > 1) {
    if (!/^\d{1,3}$/.test(groups[0])) return null;
    for (let i = 1; i < groups.length; i++) {
      const size = groups[i].length;
      const last = i === groups.length - 1;
      // Thousands groups of 3; Indian-style 2-digit groups before the last.
      if (!/^\d+$/.test(groups[i]) || (last ? size !== 3 : size !== 3 && size !== 2)) return null;
    }
  } else if (!/^\d+$/.test(text)) {
    return null;
  }
  return `${groups.join('')}${fraction === '' ? '' : `.${fraction}`}`;
}
