import type { Deal } from '../../../shared/types';
import { readStoredDealValue } from '../stored-data';

// How a snapshot's deals are stored: in chunks of consecutive deals, each
// chunk one row of JSON text laid out by column. Why this layout:
// - By column, a field name is written once per chunk instead of once per
//   deal (as the old one-JSON-object-per-row layout did), and a day is a
//   bare day number (5 digits) where a CSV writes a 10-character date.
// - Texts are dictionary-coded per chunk: a stage, owner, source, product,
//   segment, currency or competitor repeats across hundreds of deals and is
//   written once, each deal holding a small index. Unique texts (deal ids and
//   names) cost an index more than in a CSV, which the savings above repay.
// - JSON rather than a binary format: SQLite stores it as text, it is read
//   with the runtime's own parser (no dependency), and a damaged row can be
//   told apart from a good one and reported.
// - Chunks are bounded in bytes (see `chunkDeals`) so no row comes near the
//   2 MB row limit of D1 and Durable Object storage, whatever the deals hold.
// Measured on the benchmark's pipelines (bench/storage-load.mjs) a deal takes
// less storage than its CSV line.
//
// A chunk is `{"v":1,"n":<deals>,"dict":[texts],"cols":{<field>:[<kind>,[values]]}}`:
//   kind "s": each value is an index into `dict`, or null when the deal lacks the field;
//   kind "n": each value is a finite number, or null when the deal lacks it;
//   kind "j": each value is `[any JSON value]`, or null when the deal lacks it.
// An optional `"raw":{"<i>":"<JSON text>"}` keeps the i-th deal as stored text
// instead (a deal copied from the old tables that is not a plain JSON object,
// or that holds a number JSON cannot write), read like the old rows were.

/** Version of the chunk layout above. */
export const CHUNK_VERSION = 1;

/** What one stored deal is before encoding: a deal-like object, or stored text. */
export type ChunkItem = object | string;

type Column = ['s' | 'n' | 'j', unknown[]];

/** Whether a JSON-like value holds a number JSON cannot write (NaN, ±Infinity). */
export function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasNonFinite);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasNonFinite);
  return false;
}

/**
 * Encodes deals as one chunk (layout above). A blank amount (`null`) is
 * written as a missing one, which reads back the same. An object holding a
 * non-finite number is stored as its JSON text, as the old layout did.
 */
export function encodeChunk(items: readonly ChunkItem[]): string {
  const n = items.length;
  const dict: string[] = [];
  const dictIndex = new Map<string, number>();
  const raw: Record<string, string> = {};
  const values = new Map<string, unknown[]>();
  items.forEach((item, i) => {
    if (typeof item === 'string' || hasNonFinite(item)) {
      raw[i] = typeof item === 'string' ? item : JSON.stringify(item);
      return;
    }
    for (const [field, value] of Object.entries(item as Record<string, unknown>)) {
      if (value === undefined || (field === 'amount' && value === null)) continue;
      let column = values.get(field);
      if (!column) {
        column = new Array<unknown>(n).fill(undefined);
        values.set(field, column);
      }
      column[i] = value;
    }
  });
  const cols: Record<string, Column> = {};
  for (const [field, column] of values) {
    const present = column.filter((v) => v !== undefined);
    if (present.every((v) => typeof v === 'string')) {
      cols[field] = [
        's',
        column.map((v) => {
          if (v === undefined) return null;
          let index = dictIndex.get(v as string);
          if (index === undefined) {
            index = dict.length;
            dict.push(v as string);
            dictIndex.set(v as string, index);
          }
          return index;
        }),
      ];
    } else if (present.every((v) => typeof v === 'number')) {
      cols[field] = ['n', column.map((v) => (v === undefined ? null : v))];
    } else {
      cols[field] = ['j', column.map((v) => (v === undefined ? null : [v]))];
    }
  }
  const chunk: Record<string, unknown> = { v: CHUNK_VERSION, n, dict, cols };
  if (Object.keys(raw).length > 0) chunk.raw = raw;
  return JSON.stringify(chunk);
}

/** Bytes of deal JSON per chunk: encoded chunks stay far below the 2 MB row limit. */
export const CHUNK_BUDGET_BYTES = 512_000;
/** Deals per chunk at most, so a read of a few deals' worth never parses a huge row. */
export const CHUNK_MAX_DEALS = 2_000;
/** A chunk row is never longer than this many bytes (the row limit is 2,000,000). */
export const CHUNK_MAX_BYTES = 1_900_000;

const encoder = new TextEncoder();

/**
 * Splits deals into encoded chunks of at most `CHUNK_MAX_DEALS` deals and
 * about `CHUNK_BUDGET_BYTES` of their JSON; a chunk that still encodes past
 * `CHUNK_MAX_BYTES` is split in two until it fits (a single deal is bounded
 * by MAX_DEAL_BYTES long before that).
 *
 * @param items - the deals, in order
 * @param sizeOf - an estimate of one deal's bytes (its JSON length)
 * @returns each chunk's text and deal count, in order
 */
export function chunkDeals(
  items: readonly ChunkItem[],
  sizeOf: (item: ChunkItem, index: number) => number,
): { data: string; deals: number }[] {
  const groups: ChunkItem[][] = [];
  let current: ChunkItem[] = [];
  let bytes = 0;
  items.forEach((item, i) => {
    const size = sizeOf(item, i);
    if (
      current.length > 0 &&
      (current.length >= CHUNK_MAX_DEALS || bytes + size > CHUNK_BUDGET_BYTES)
    ) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  });
  if (current.length > 0) groups.push(current);
  const out: { data: string; deals: number }[] = [];
  const add = (group: ChunkItem[]) => {
    const data = encodeChunk(group);
    if (group.length > 1 && data.length * 3 > CHUNK_MAX_BYTES) {
      if (encoder.encode(data).length > CHUNK_MAX_BYTES) {
        const half = group.length >> 1;
        add(group.slice(0, half));
        add(group.slice(half));
        return;
      }
    }
    out.push({ data, deals: group.length });
  };
  for (const group of groups) add(group);
  return out;
}

/** A stored value shortened for a log line. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** What `decodeChunk` made of one stored chunk. */
export interface ChunkReading {
  /** The deals that could be used, in order. */
  readonly deals: Deal[];
  /** How many deals the chunk held (read or skipped), to number the next chunk's. */
  readonly count: number;
  /** What was dropped or skipped, one line each. */
  readonly warnings: string[];
}

/**
 * Reads one stored chunk robustly: a chunk that is not the layout above is
 * skipped as a whole (its `storedCount` deals), a damaged column is ignored,
 * and every deal goes through `readStoredDealValue`, which drops bad fields
 * and skips unusable deals, exactly as rows of the old layout were read.
 *
 * @param data - the stored chunk, normally JSON text
 * @param index - the chunk's 0-based number in its snapshot, for messages
 * @param first - 0-based position in the snapshot of the chunk's first deal
 * @param storedCount - the deal count stored beside the chunk
 */
export function decodeChunk(
  data: unknown,
  index: number,
  first: number,
  storedCount: unknown,
): ChunkReading {
  const label = `chunk ${index + 1}`;
  const fallbackCount =
    Number.isSafeInteger(storedCount) && (storedCount as number) >= 0 ? (storedCount as number) : 0;
  const skip = (why: string): ChunkReading => ({
    deals: [],
    count: fallbackCount,
    warnings: [`${label} skipped with its ${fallbackCount} deal(s) (${why})`],
  });
  let chunk: unknown;
  try {
    if (typeof data !== 'string') throw new TypeError('not text');
    chunk = JSON.parse(data);
  } catch {
    return skip(`not JSON: ${preview(data)}`);
  }
  if (typeof chunk !== 'object' || chunk === null || Array.isArray(chunk)) {
    return skip(`not a chunk: ${preview(chunk)}`);
  }
  const c = chunk as Record<string, unknown>;
  if (c.v !== CHUNK_VERSION) return skip(`unknown layout version ${preview(c.v)}`);
  const n = c.n;
  // More deals than any chunk is written with means the row is damaged.
  if (!Number.isSafeInteger(n) || (n as number) < 0 || (n as number) > 10 * CHUNK_MAX_DEALS) {
    return skip(`bad deal count ${preview(n)}`);
  }
  const count = n as number;
  const warnings: string[] = [];
  const dict = Array.isArray(c.dict) ? (c.dict as unknown[]) : null;
  if (dict === null && c.dict !== undefined) warnings.push(`${label}: dictionary dropped`);
  const records: Record<string, unknown>[] = Array.from({ length: count }, () => ({}));
  const cols =
    typeof c.cols === 'object' && c.cols !== null && !Array.isArray(c.cols)
      ? (c.cols as Record<string, unknown>)
      : {};
  if (c.cols !== undefined && cols !== c.cols) warnings.push(`${label}: columns dropped`);
  for (const [field, column] of Object.entries(cols)) {
    const kind = Array.isArray(column) ? column[0] : undefined;
    const list = Array.isArray(column) ? column[1] : undefined;
    if (!Array.isArray(list) || (kind !== 's' && kind !== 'n' && kind !== 'j')) {
      warnings.push(`${label}: column ${preview(field)} dropped (${preview(column)})`);
      continue;
    }
    let outside = 0;
    const length = Math.min(list.length, count);
    for (let i = 0; i < length; i++) {
      const v = list[i];
      if (v === null || v === undefined) continue;
      if (kind === 's') {
        const text = Number.isSafeInteger(v) && dict ? dict[v as number] : undefined;
        if (text === undefined) outside++;
        else records[i][field] = text;
      } else if (kind === 'j') {
        if (Array.isArray(v) && v.length === 1) records[i][field] = v[0];
        else outside++;
      } else {
        records[i][field] = v;
      }
    }
    if (outside > 0) {
      warnings.push(`${label}: ${outside} value(s) of ${preview(field)} dropped (not readable)`);
    }
  }
  const raw =
    typeof c.raw === 'object' && c.raw !== null && !Array.isArray(c.raw)
      ? (c.raw as Record<string, unknown>)
      : {};
  const deals: Deal[] = [];
  for (let i = 0; i < count; i++) {
    const position = first + i;
    const reading = Object.hasOwn(raw, String(i))
      ? readStoredDealValue(raw[String(i)], position, true)
      : readStoredDealValue(records[i], position, false);
    warnings.push(...reading.warnings);
    if (reading.deal) deals.push(reading.deal);
  }
  return { deals, count, warnings };
}
