import { FORECAST_CATEGORIES } from '../forecast/forecast-order';
import type { Deal, ForecastCategory, GroupField } from '../types';

/** Deal fields a table keeps as dictionary codes: few distinct values on many rows. */
export const TABLE_TEXT_FIELDS = [
  'owner',
  'source',
  'product',
  'segment',
  'competitor',
  'lossReason',
] as const satisfies readonly GroupField[];

/** A field of `TABLE_TEXT_FIELDS`. */
export type TableTextField = (typeof TABLE_TEXT_FIELDS)[number];

/**
 * A text column as dictionary codes: `codes[i]` indexes `values`, and code 0
 * is always `''` (the cell was blank).
 */
export interface TextColumn {
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/**
 * Deals as columns: one typed array per number field and dictionary codes
 * for repeated texts, so a million deals take a few arrays instead of a
 * million objects. Row `i` of every column is the same deal. What `analyze`
 * reads of a deal is here; `tableFromDeals` builds one from deal objects.
 */
export interface DealTable {
  /** Number of deals. */
  readonly length: number;
  /** Row of each deal in its input (header = row 1). */
  readonly row: Int32Array;
  /** Stage as codes into `stageTexts`: a stage's name once resolved, else the text as written. */
  readonly stage: Int32Array;
  readonly stageTexts: readonly string[];
  /** Amount; NaN when blank. */
  readonly amount: Float64Array;
  /** The deal's own probability (0..1); NaN when it has none; null when no deal has one. */
  readonly probability: Float64Array | null;
  /** Created and close day numbers; NaN when blank. */
  readonly created: Float64Array;
  readonly closeDate: Float64Array;
  /** Sum of the eight MEDDPICC scores; NaN when the deal is not scored. */
  readonly meddpiccTotal: Float64Array;
  /** Forecast override as 1 + its index in `FORECAST_CATEGORIES`; 0 when none; null when no deal has one. */
  readonly forecastOverride: Uint8Array | null;
  /** "Lost at stage" as codes into `lostAtTexts` (code 0 = none). */
  readonly lostAtStage: Int32Array;
  readonly lostAtTexts: readonly string[];
  /**
   * Repeated texts by field; a field the input lacks has every code 0. A
   * field left out when the table was read (see `CsvTableOptions.texts`) is
   * absent, and the table cannot be grouped by it.
   */
  readonly text: Readonly<Partial<Record<TableTextField, TextColumn>>>;
  /** Deal ids, when kept (a stage history needs them); null otherwise. */
  readonly id: readonly (string | undefined)[] | null;
}

/** Builds a dictionary column one value at a time; code 0 is the blank. */
export class TextColumnBuilder {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>([['', 0]]);

  /** The code of `text`, added to the dictionary when new. */
  code(text: string): number {
    let code = this.index.get(text);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(text);
      this.index.set(text, code);
    }
    return code;
  }
}

/** A column of `length` zero codes whose only value is the blank. */
export function blankTextColumn(length: number): TextColumn {
  return { codes: new Int32Array(length), values: [''] };
}

/** Whether `field` is kept as dictionary codes in a `DealTable`. */
export function isTableTextField(field: GroupField | string): field is TableTextField {
  return (TABLE_TEXT_FIELDS as readonly string[]).includes(field);
}

/**
 * The table of a list of deals, for `analyzeTable`. Texts of the repeated
 * fields are trimmed (as `analyze` groups them); blank and absent share
 * code 0.
 *
 * Cost: O(n) time, one `Map` lookup per text cell; memory O(n) in typed
 * arrays plus the distinct texts.
 *
 * @param deals - deals as `ingestCsv` or `ingestRows` give them
 * @param keepIds - keep the deal ids (for a stage history)
 * @param texts - the repeated-text fields to keep (all by default)
 * @example
 * tableFromDeals([{ row: 2, stage: 'Proposal', amount: 10 }]).amount[0] // => 10
 */
export function tableFromDeals(
  deals: readonly Deal[],
  keepIds = false,
  texts: readonly TableTextField[] = TABLE_TEXT_FIELDS,
): DealTable {
  const n = deals.length;
  const row = new Int32Array(n);
  const stage = new Int32Array(n);
  const amount = new Float64Array(n);
  const probability = new Float64Array(n);
  const created = new Float64Array(n);
  const closeDate = new Float64Array(n);
  const meddpiccTotal = new Float64Array(n);
  const forecastOverride = new Uint8Array(n);
  const lostAtStage = new Int32Array(n);
  const stages = new TextColumnBuilder();
  // Stage texts are kept as written (a blank stage is a text of its own).
  stages.values.length = 0;
  const stageIndex = new Map<string, number>();
  const lostAt = new TextColumnBuilder();
  const builders = TABLE_TEXT_FIELDS.map(() => new TextColumnBuilder());
  const codes = TABLE_TEXT_FIELDS.map(() => new Int32Array(n));
  const overrideCode = new Map<ForecastCategory, number>(
    FORECAST_CATEGORIES.map((category, i) => [category, i + 1]),
  );
  const id: (string | undefined)[] | null = keepIds ? [] : null;
  for (let i = 0; i < n; i++) {
    const deal = deals[i];
    row[i] = deal.row;
    let s = stageIndex.get(deal.stage);
    if (s === undefined) {
      s = stages.values.length;
      stages.values.push(deal.stage);
      stageIndex.set(deal.stage, s);
    }
    stage[i] = s;
    amount[i] = deal.amount === null ? Number.NaN : deal.amount;
    probability[i] = deal.probability === undefined ? Number.NaN : deal.probability;
    created[i] = deal.created === undefined ? Number.NaN : deal.created;
    closeDate[i] = deal.closeDate === undefined ? Number.NaN : deal.closeDate;
    const scores = deal.meddpicc;
    if (scores !== undefined && scores.length === 8) {
      let total = 0;
      for (let k = 0; k < 8; k++) total += scores[k];
      meddpiccTotal[i] = total;
    } else meddpiccTotal[i] = Number.NaN;
    forecastOverride[i] =
      deal.forecastOverride === undefined ? 0 : (overrideCode.get(deal.forecastOverride) ?? 0);
    lostAtStage[i] = deal.lostAtStage === undefined ? 0 : lostAt.code(deal.lostAtStage);
    for (let f = 0; f < TABLE_TEXT_FIELDS.length; f++) {
      const raw = deal[TABLE_TEXT_FIELDS[f]];
      codes[f][i] = raw === undefined ? 0 : builders[f].code(raw.trim());
    }
    if (id !== null) id.push(deal.id);
  }
  const text: Partial<Record<TableTextField, TextColumn>> = {};
  TABLE_TEXT_FIELDS.forEach((field, f) => {
    if (texts.includes(field)) text[field] = { codes: codes[f], values: builders[f].values };
  });
  return {
    length: n,
    row,
    stage,
    stageTexts: stages.values,
    amount,
    probability,
    created,
    closeDate,
    meddpiccTotal,
    forecastOverride,
    lostAtStage,
    lostAtTexts: lostAt.values,
    text,
    id,
  };
}
