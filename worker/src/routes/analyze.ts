import { createRoute, z } from '@hono/zod-openapi';
import { analysisAnswer } from '../../../shared/analysis/analysis-answer';
import { analysisOptions } from '../../../shared/analysis/analysis-options';
import { analyzeTable } from '../../../shared/analysis/analyze-table';
import {
  type CsvTableOptions,
  CsvTableReader,
  ingestCsvTable,
} from '../../../shared/ingest/csv-table-reader';
import { type DealTable, tableFromDeals } from '../../../shared/ingest/deal-table';
import { keyForAnalyze } from '../auth';
import { isoToDay } from '../days';
import { ingestPipeline, refuseEmpty, requireDeals } from '../ingest';
import { localizeAnswer } from '../localize';
import { stageTableOf } from '../options';
import { ProblemError } from '../problem';
import { rateLimit } from '../rate-limit';
import { AnalysisReportSchema } from '../report-schema';
import { streamTextBody } from '../read-text-body';
import { createRouter } from '../router';
import {
  AnalyzeBodySchema,
  CellErrorSchema,
  ErrorGroupSchema,
  problemResponses,
  StageSchema,
  UnmappedStageSchema,
} from '../schemas';

const AnalyzeResult = z
  .object({
    report: AnalysisReportSchema,
    errors: z.array(CellErrorSchema).openapi({
      description:
        'Sample cells that could not be read: the first few of each cause in errorGroups',
    }),
    errorCount: z.number().int().openapi({ description: 'Every bad cell, of every cause' }),
    errorGroups: z.array(ErrorGroupSchema).openapi({
      description: 'Bad cells grouped by cause (column and problem), each once with its count',
    }),
    warnings: z.array(z.string()),
    dateOrder: z.string().nullable(),
    decimal: z
      .record(
        z.string(),
        z.object({
          mark: z.enum(['point', 'comma']),
          from: z.enum(['option', 'data', 'grouping']),
        }),
      )
      .openapi({
        description: 'Decimal mark of each number column with separators, and how it was settled',
      }),
    currency: z.string().nullable().openapi({
      description: 'Currency of every amount (after exchangeRates); null when no cell names one',
    }),
    vocabulary: z
      .object({ id: z.string(), name: z.string(), deals: z.number().int() })
      .nullable()
      .openapi({
        description:
          'The CRM stage vocabulary recognised (Salesforce, HubSpot, Pipedrive, Zoho, Chinese CRMs) when no stage table was sent; its stages and probabilities were used',
      }),
    stages: z
      .array(StageSchema)
      .openapi({ description: 'The stage table the deals were read with' }),
    unmappedStages: z.array(UnmappedStageSchema).openapi({
      description:
        'Stage names the table does not know: their deals are kept as open, unweighted (report.pipeline.unmapped); send options.stageMapping to place them',
    }),
    columns: z.record(z.string(), z.string()).openapi({ description: 'Deal field → header used' }),
  })
  .openapi('AnalyzeResult');

type AnalyzeBody = z.infer<typeof AnalyzeBodySchema>;

const today = () => Math.floor(Date.now() / 86_400_000);

/** Text of a body kept whole up to this many characters, for a lone-CR file (old Mac line ends). */
const KEEP_TEXT = 5_000_000;

/**
 * Reads a text/csv body as it arrives into a deal table: each decoded piece
 * goes to a `CsvTableReader`, so the body never exists whole (the table,
 * the dictionaries and one piece do). The answers are those of `ingestCsv`
 * on the whole text: a bad byte is a 415 even after a bad header, a blank
 * body is 422 Empty input. Text with lone CR line ends is read whole when it
 * is at most 5,000,000 characters, and refused above that.
 */
async function ingestCsvBody(request: Request, options: CsvTableOptions, maxBytes: number) {
  const reader = new CsvTableReader(options);
  let failure: unknown = null;
  let blank = true;
  let kept: string[] | null = [];
  let keptLength = 0;
  await streamTextBody(
    request,
    (piece) => {
      if (blank && piece.trim() !== '') blank = false;
      if (kept !== null) {
        keptLength += piece.length;
        if (keptLength <= KEEP_TEXT) kept.push(piece);
        else kept = null;
      }
      if (failure !== null) return;
      try {
        reader.push(piece);
      } catch (error) {
        // Decoding goes on to the end, so a bad byte later still answers 415 first.
        failure = error;
      }
    },
    maxBytes,
  );
  if (blank) refuseEmpty({ csv: '' });
  if (failure !== null) {
    if (kept !== null && /lone CR/.test(String(failure)))
      return ingestCsvTable(kept.join(''), options);
    throw failure;
  }
  return reader.end();
}

export const analyze = createRouter().openapi(
  createRoute({
    method: 'post',
    path: '/v1/analyze',
    summary: 'Analyze a pipeline (stateless)',
    description:
      'Send `{ "csv": "..." }` or `{ "rows": [[header...], [...]] }` with optional `options`, or a raw `text/csv` body with default options (read as it arrives, up to `MAX_CSV_BODY_BYTES`, 100 MB as shipped; JSON bodies up to `MAX_BODY_BYTES`, 5 MB; UTF-8 unless a byte order mark or a `charset` parameter such as `charset=windows-1252` says otherwise; bytes invalid in that charset are a 415 problem). Rows that cannot be read are listed in `errors` and left out; if no deal can be read the answer is a 422 problem.',
    security: [{ apiKey: [] }, {}],
    middleware: [keyForAnalyze, rateLimit] as const,
    request: {
      body: {
        required: false,
        content: {
          'application/json': { schema: AnalyzeBodySchema },
          'text/csv': {
            schema: z.string().openapi({ example: 'Deal,Stage,Amount\nAcme,Proposal,1000' }),
          },
        },
      },
    },
    responses: {
      200: {
        description: 'The report',
        content: { 'application/json': { schema: AnalyzeResult } },
      },
      ...problemResponses(400, 401, 413, 415, 422, 429),
    },
  }),
  async (c) => {
    const isCsv = (c.req.header('content-type') ?? '').toLowerCase().startsWith('text/csv');
    // Two media types make the validated body's type unknown to Hono: name it here.
    const body: AnalyzeBody = isCsv ? {} : (c.req.valid('json' as never) as AnalyzeBody);
    if (!isCsv && body.csv === undefined && body.rows === undefined) {
      throw new ProblemError('emptyInput', 'Send a pipeline as "csv", "rows" or a text/csv body.');
    }
    const options = body.options;
    const asOf = options?.asOf ? isoToDay(options.asOf, 'options.asOf') : today();
    const settings = analysisOptions(
      options,
      asOf,
      options?.stages ? stageTableOf(options.stages) : undefined,
    );
    // Only the texts the report groups by are kept.
    const texts = settings.analyze.groupBy ?? (['owner', 'source'] as const);
    let result: Parameters<typeof analysisAnswer>[0] & { readonly table: DealTable };
    if (isCsv) {
      const length = Number(c.req.header('content-length'));
      result = await ingestCsvBody(
        c.req.raw,
        { ...settings.ingest, texts, ...(length > 0 ? { sizeHint: length } : {}) },
        Number(c.env.MAX_CSV_BODY_BYTES) || 100_000_000,
      );
    } else if (body.csv !== undefined) {
      refuseEmpty(body);
      result = ingestCsvTable(body.csv, { ...settings.ingest, texts });
    } else {
      const { deals, ...rest } = ingestPipeline(body, settings.ingest);
      result = { ...rest, table: tableFromDeals(deals, false, texts) };
    }
    requireDeals(result);
    const report = analyzeTable(result.table, { ...settings.analyze, stages: result.stages });
    return c.json(localizeAnswer(analysisAnswer(result, report), c.get('language')), 200);
  },
);
