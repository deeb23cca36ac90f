import { FORECAST_CATEGORIES } from '../../shared/forecast/forecast-order';
import { daysFromCivil } from '../../shared/ingest/days-from-civil';
import { createStageTable } from '../../shared/stages/create-stage-table';
import { DEFAULT_STAGES } from '../../shared/stages/default-stages';
import type {
  Deal,
  ForecastCategory,
  MeddpiccScore,
  StageDefinition,
  StageKind,
} from '../../shared/types';

// Snapshots are stored as JSON text, and rows written by older versions (or
// by hand) may hold anything. These readers check what a stored row holds,
// field by field, so that reading history never fails on one bad value: a
// bad field is dropped, a deal that cannot be used is skipped, a stage table
// that cannot be used is replaced by the playbook's, and each is reported.

/** First day a stored day may be: 1000-01-01, the earliest date ingestion reads. */
export const FIRST_STORED_DAY = daysFromCivil(1000, 1, 1);
/** Last day a stored day may be: 9999-12-31. */
export const LAST_STORED_DAY = daysFromCivil(9999, 12, 31);

/** Whether a stored value is a day number ingestion could have written: an integer in range. */
export function isStoredDay(value: unknown): value is number {
  return (
    Number.isInteger(value) &&
    (value as number) >= FIRST_STORED_DAY &&
    (value as number) <= LAST_STORED_DAY
  );
}

/** A stored value shortened for a log line: JSON, at most 40 characters. */
function preview(value: unknown): string {
  let text: string;
  try {
    // JSON would write Infinity (1e400 once parsed) as null.
    text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Reads one stored field: the value when it is good, `undefined` when it is not. */
type FieldReader<T> = (value: unknown) => T | undefined;

const text: FieldReader<string> = (v) => (typeof v === 'string' ? v : undefined);
const day: FieldReader<number> = (v) => (isStoredDay(v) ? v : undefined);
const fraction: FieldReader<number> = (v) =>
  typeof v === 'number' && v >= 0 && v <= 1 ? v : undefined;
const count: FieldReader<number> = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
const category: FieldReader<ForecastCategory> = (v) =>
  FORECAST_CATEGORIES.includes(v as ForecastCategory) ? (v as ForecastCategory) : undefined;
const meddpicc: FieldReader<readonly MeddpiccScore[]> = (v) =>
  Array.isArray(v) && v.length === 8 && v.every((s) => s === 1 || s === 2 || s === 3)
    ? (v as MeddpiccScore[])
    : undefined;

/**
 * The reader of every optional deal field, with what a good value is. Written
 * as a mapped type so the type checker flags a field added to `Deal` but not here.
 */
const DEAL_FIELD_READERS: {
  [K in Exclude<keyof Deal, 'row' | 'stage' | 'amount'>]-?: [FieldReader<Deal[K]>, string];
} = {
  id: [text, 'text'],
  name: [text, 'text'],
  account: [text, 'text'],
  owner: [text, 'text'],
  source: [text, 'text'],
  product: [text, 'text'],
  segment: [text, 'text'],
  competitor: [text, 'text'],
  lossReason: [text, 'text'],
  lostAtStage: [text, 'text'],
  created: [day, 'a day number'],
  closeDate: [day, 'a day number'],
  stageEntered: [day, 'a day number'],
  lastActivity: [day, 'a day number'],
  nextStep: [text, 'text'],
  nextStepDate: [day, 'a day number'],
  meddpicc: [meddpicc, 'eight scores 1..3'],
  forecastOverride: [category, 'a forecast category'],
  discount: [fraction, 'a fraction 0..1'],
  contacts: [count, 'a finite number ≥ 0'],
  lesson: [text, 'text'],
  closeReasonDetail: [text, 'text'],
  probability: [fraction, 'a fraction 0..1'],
  currency: [text, 'text'],
};

/** What `readStoredDeal` made of one stored deal. */
export interface StoredDealReading {
  /** The deal with its good fields, or null when it cannot be used at all. */
  readonly deal: Deal | null;
  /** What was dropped or why the deal was skipped, one line each. */
  readonly warnings: string[];
}

/**
 * Reads one stored deal (`snapshot_deals.data`). Unparsable JSON, a value
 * that is not an object and a missing or non-text stage skip the deal; any
 * other bad field is dropped from it (a bad amount becomes blank, a bad row
 * number becomes the row of its position); fields `Deal` does not have are
 * ignored.
 *
 * @param data - the stored value, normally JSON text
 * @param position - the deal's 0-based position in its snapshot
 * @returns the deal (or null) and what was dropped
 * @example
 * readStoredDeal('{"row":2,"stage":"Proposal","amount":1,"closeDate":"00/05/2026"}', 0).warnings
 * // => ['deal 1: closeDate dropped (not a day number: "00/05/2026")']
 */
export function readStoredDeal(data: unknown, position: number): StoredDealReading {
  return readStoredDealValue(data, position, true);
}

/**
 * Reads one stored deal, from its JSON text (`parse`) or from the value a
 * chunk column held (see storage/chunk-codec.ts), by the rules of
 * `readStoredDeal`.
 */
export function readStoredDealValue(
  data: unknown,
  position: number,
  parse: boolean,
): StoredDealReading {
  const label = `deal ${position + 1}`;
  let raw: unknown = data;
  if (parse) {
    try {
      if (typeof data !== 'string') throw new TypeError('not text');
      raw = JSON.parse(data);
    } catch {
      return { deal: null, warnings: [`${label} skipped (not JSON: ${preview(data)})`] };
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { deal: null, warnings: [`${label} skipped (not an object: ${preview(raw)})`] };
  }
  const stored = raw as Record<string, unknown>;
  if (typeof stored.stage !== 'string' || stored.stage.trim() === '') {
    return { deal: null, warnings: [`${label} skipped (no stage: ${preview(stored.stage)})`] };
  }
  const warnings: string[] = [];
  const drop = (field: string, what: string, value: unknown) =>
    warnings.push(`${label}: ${field} dropped (not ${what}: ${preview(value)})`);

  const row = Number.isSafeInteger(stored.row) && (stored.row as number) >= 1;
  if (!row && stored.row !== undefined) drop('row', 'a row number', stored.row);
  const amount =
    stored.amount === null || (typeof stored.amount === 'number' && Number.isFinite(stored.amount))
      ? stored.amount
      : null;
  if (amount === null && stored.amount !== null && stored.amount !== undefined) {
    drop('amount', 'a finite number', stored.amount);
  }
  const deal: Record<string, unknown> = {
    row: row ? stored.row : position + 2,
    stage: stored.stage,
    amount,
  };
  for (const [field, [read, what]] of Object.entries(DEAL_FIELD_READERS) as [
    string,
    [FieldReader<unknown>, string],
  ][]) {
    const value = stored[field];
    if (value === undefined) continue;
    const good = read(value);
    if (good === undefined) drop(field, what, value);
    else deal[field] = good;
  }
  return { deal: deal as unknown as Deal, warnings };
}

const STAGE_KINDS: readonly StageKind[] = ['open', 'won', 'lost'];

/** What `readStoredStages` made of a stored stage table. */
export interface StoredStagesReading {
  /** Stage definitions `createStageTable` accepts. */
  readonly stages: StageDefinition[];
  /** Why the table was replaced or what was dropped from it, one line each. */
  readonly warnings: string[];
}

/**
 * Reads a stored stage table (`snapshots.stages`). A table that cannot be
 * used — not JSON, not a non-empty array, a stage without a text name, a
 * known kind or a probability 0..1, or names `createStageTable` refuses —
 * is replaced by the playbook's default table (`DEFAULT_STAGES`, playbook
 * §1), so its deals are read with the playbook's stages and those in other
 * stages are skipped. A bad optional field of a stage (Chinese name, aliases,
 * average days, forecast category, order) is dropped instead.
 *
 * @param data - the stored value, normally JSON text
 * @returns stage definitions and what was replaced or dropped
 * @example
 * readStoredStages('"Proposal"').warnings
 * // => ['stage table replaced by the playbook default (not a list of stages: "Proposal")']
 */
export function readStoredStages(data: unknown): StoredStagesReading {
  const fallback = (why: string): StoredStagesReading => ({
    stages: [...DEFAULT_STAGES],
    warnings: [`stage table replaced by the playbook default (${why})`],
  });
  let raw: unknown;
  try {
    if (typeof data !== 'string') throw new TypeError('not text');
    raw = JSON.parse(data);
  } catch {
    return fallback(`not JSON: ${preview(data)}`);
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    return fallback(`not a list of stages: ${preview(raw)}`);
  }
  const warnings: string[] = [];
  const stages: StageDefinition[] = [];
  for (const [i, entry] of raw.entries()) {
    const s = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const name = typeof s.name === 'string' && s.name.trim() !== '' ? s.name : undefined;
    const kind = STAGE_KINDS.includes(s.kind as StageKind) ? (s.kind as StageKind) : undefined;
    const probability = fraction(s.probability);
    if (name === undefined || kind === undefined || probability === undefined) {
      return fallback(`stage ${i + 1} needs a name, a kind and a probability: ${preview(entry)}`);
    }
    const drop = (field: string) =>
      warnings.push(`stage "${preview(name)}": ${field} dropped (${preview(s[field])})`);
    const nameZh = typeof s.nameZh === 'string' && s.nameZh.trim() !== '' ? s.nameZh : undefined;
    if (s.nameZh !== undefined && nameZh === undefined) drop('nameZh');
    const aliases = Array.isArray(s.aliases)
      ? s.aliases.filter((a): a is string => typeof a === 'string')
      : [];
    if (
      s.aliases !== undefined &&
      (!Array.isArray(s.aliases) || aliases.length < s.aliases.length)
    ) {
      drop('aliases');
    }
    const order = typeof s.order === 'number' && Number.isFinite(s.order) ? s.order : i + 1;
    if (s.order !== undefined && order !== s.order) drop('order');
    const averageDays =
      typeof s.averageDays === 'number' && Number.isFinite(s.averageDays) && s.averageDays > 0
        ? s.averageDays
        : undefined;
    if (s.averageDays !== undefined && averageDays === undefined) drop('averageDays');
    const forecast = category(s.forecast);
    if (s.forecast !== undefined && forecast === undefined) drop('forecast');
    stages.push({
      name,
      ...(nameZh !== undefined ? { nameZh } : {}),
      aliases,
      order,
      probability,
      kind,
      ...(averageDays !== undefined ? { averageDays } : {}),
      ...(forecast !== undefined ? { forecast } : {}),
    });
  }
  try {
    createStageTable(stages);
  } catch (err) {
    return fallback(err instanceof Error ? err.message.slice(0, 200) : 'refused');
  }
  return { stages, warnings };
}
