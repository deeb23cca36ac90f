import type {
  CellError,
  DealField,
  ErrorGroup,
  ForecastCategory,
  IngestResult,
  RecognisedVocabulary,
  StageKind,
  UnmappedStage,
} from '../types';
import type { AnalysisReport } from './analyze';

/** A stage table row as an answer writes it (the API's `Stage`). */
export interface StageRow {
  readonly name: string;
  readonly nameZh?: string;
  readonly probability: number;
  readonly kind: StageKind;
  readonly aliases: string[];
  readonly averageDays?: number;
  readonly forecast?: ForecastCategory;
}

/**
 * Everything an analysis answers: the report and what reading the input
 * settled. The Worker's `POST /v1/analyze` sends it as JSON, and the report
 * page builds the same from a file it reads in the browser.
 */
export interface AnalysisAnswer {
  readonly report: AnalysisReport;
  /** Sample cells: the first few of each cause in `errorGroups`. */
  readonly errors: CellError[];
  /** Every bad cell, of every cause. */
  readonly errorCount: number;
  readonly errorGroups: ErrorGroup[];
  readonly warnings: string[];
  readonly dateOrder: IngestResult['dateOrder'];
  readonly decimal: IngestResult['decimal'];
  readonly currency: string | null;
  readonly vocabulary: RecognisedVocabulary | null;
  /** The stage table the deals were read with. */
  readonly stages: StageRow[];
  readonly unmappedStages: UnmappedStage[];
  /** Deal field → header used. */
  readonly columns: Partial<Record<DealField, string>>;
}

/**
 * The sample cells of each cause as cell errors: a few per cause, so a file
 * with a million bad cells answers with a short list.
 */
export function errorSamples(groups: readonly ErrorGroup[]): CellError[] {
  return groups.flatMap((g) =>
    g.samples.map((sample) => ({
      row: sample.row,
      ...(g.column !== undefined ? { column: g.column } : {}),
      ...(g.field !== undefined ? { field: g.field } : {}),
      ...(sample.value !== undefined ? { value: sample.value } : {}),
      message: sample.message,
    })),
  );
}

/**
 * Puts an ingestion's result and its report together as one answer.
 *
 * @param result - what `ingestCsv`, `ingestCsvTable` or `ingestRows` returned (the deals are not read)
 * @param report - `analyze(result.deals, { stages: result.stages, … })`
 * @returns the answer, plain data ready for JSON
 */
export function analysisAnswer(
  result: Omit<IngestResult, 'deals'>,
  report: AnalysisReport,
): AnalysisAnswer {
  const columns: Partial<Record<DealField, string>> = {};
  for (const [field, index] of Object.entries(result.columns.fields)) {
    if (index !== undefined) columns[field as DealField] = result.columns.headers[index] ?? '';
  }
  return {
    report,
    errors: errorSamples(result.errorGroups),
    errorCount: result.errorCount,
    errorGroups: result.errorGroups.map((g) => ({ ...g, samples: [...g.samples] })),
    warnings: result.warnings,
    dateOrder: result.dateOrder,
    decimal: result.decimal,
    currency: result.currency,
    vocabulary: result.vocabulary,
    stages: result.stages.stages.map((s) => ({
      name: s.name,
      ...(s.nameZh !== undefined ? { nameZh: s.nameZh } : {}),
      probability: s.probability,
      kind: s.kind,
      aliases: [...s.aliases],
      ...(s.averageDays !== undefined ? { averageDays: s.averageDays } : {}),
      ...(s.forecast !== undefined ? { forecast: s.forecast } : {}),
    })),
    unmappedStages: result.unmappedStages.map((u) => ({ ...u, rows: [...u.rows] })),
    columns,
  };
}
