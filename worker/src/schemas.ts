import { z } from '@hono/zod-openapi';
import { GROUP_FIELDS } from '../../shared/analysis/group-fields';
import { FORECAST_CATEGORIES } from '../../shared/forecast/forecast-order';
import { daysInMonth } from '../../shared/ingest/days-from-civil';
import type { DealField } from '../../shared/types';

// Request and response schemas. The same objects validate requests and
// generate /openapi.json, so the docs cannot drift from the behaviour.

/**
 * Every deal field a column can be mapped to (`options.columns`). Written as
 * a record so the type checker flags a field added to `Deal` but not here.
 */
const DEAL_FIELD_SET: Record<DealField, true> = {
  id: true,
  name: true,
  account: true,
  stage: true,
  amount: true,
  owner: true,
  source: true,
  product: true,
  segment: true,
  competitor: true,
  lossReason: true,
  lostAtStage: true,
  created: true,
  closeDate: true,
  stageEntered: true,
  lastActivity: true,
  nextStep: true,
  nextStepDate: true,
  meddpicc: true,
  forecastOverride: true,
  discount: true,
  contacts: true,
  lesson: true,
  closeReasonDetail: true,
  probability: true,
  currency: true,
  status: true,
  wonDate: true,
  lostDate: true,
  meddpicc1: true,
  meddpicc2: true,
  meddpicc3: true,
  meddpicc4: true,
  meddpicc5: true,
  meddpicc6: true,
  meddpicc7: true,
  meddpicc8: true,
};
const DEAL_FIELDS = Object.keys(DEAL_FIELD_SET) as [DealField, ...DealField[]];

/** Fields win/loss breakdowns can group by (`options.groupBy`, `report.winLoss.by`). */
export { GROUP_FIELDS };

// Request dates name years 1900..9999: earlier years are typing slips (0026 for
// 2026), and Date-based arithmetic reads years 0..99 as 1900..1999.
const YEAR = '(?:19\\d{2}|[2-9]\\d{3})';

const ISO_DATE = new RegExp(`^${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$`);
/** Whether a text that has the YYYY-MM-DD form names a day its month has (not 2026-02-30). */
const dayExists = (text: string) =>
  !ISO_DATE.test(text) ||
  Number(text.slice(8, 10)) <= daysInMonth(Number(text.slice(0, 4)), Number(text.slice(5, 7)));

/**
 * The `lang` query parameter every route accepts (`en` or `zh`): the language
 * of problem titles and messages, winning over `Accept-Language`.
 */
export const languageQuery = {
  lang: z
    .enum(['en', 'zh'])
    .optional()
    .openapi({ description: 'Language of messages and problem titles; wins over Accept-Language' }),
};

/**
 * A non-negative number in a query string, written as plain decimal digits
 * (`1000`, `2500.50`). Empty text, signs, spaces, hex (`0x10`), exponents
 * (`1e3`) and trailing text (`5abc`) are refused rather than read by `Number()`.
 */
export const DecimalQuery = z
  .string()
  .regex(/^\d{1,15}(?:\.\d{1,6})?$/, 'must be a plain decimal number such as 1000 or 2500.50')
  .transform(Number)
  .openapi({ type: 'string', example: '100000' });

export const IsoDate = z
  .string()
  .regex(ISO_DATE, 'must be a date written YYYY-MM-DD between 1900-01-01 and 9999-12-31')
  .refine(dayExists, 'must be a date that exists (its month has fewer days)')
  .openapi({ example: '2026-03-31' });

export const Month = z
  .string()
  .regex(
    new RegExp(`^${YEAR}-(?:0[1-9]|1[0-2])$`),
    'must be a month written YYYY-MM between 1900-01 and 9999-12',
  )
  .openapi({ example: '2026-03' });

export const Period = z
  .string()
  .regex(
    new RegExp(`^${YEAR}(?:-(?:0[1-9]|1[0-2])|-Q[1-4])?$`),
    'must be a year (2026), a quarter (2026-Q1) or a month (2026-03), from 1900 to 9999',
  )
  .openapi({ example: '2026-Q1' });

export const StageSchema = z
  .strictObject({
    name: z.string().min(1),
    nameZh: z.string().min(1).optional(),
    probability: z.number().min(0).max(1).openapi({ description: 'Win probability, 0..1' }),
    kind: z.enum(['open', 'won', 'lost']),
    aliases: z.array(z.string()).optional(),
    averageDays: z.number().positive().optional(),
    forecast: z.enum(FORECAST_CATEGORIES).optional(),
  })
  .openapi('Stage', {
    description:
      "One row of a team's stage table, in funnel order. A stage named like a playbook stage (or one of its aliases) of the same kind keeps that stage's forecast category, Chinese name and aliases unless it gives its own.",
  });

const Columns = z.partialRecord(z.enum(DEAL_FIELDS), z.string().min(1)).openapi({
  description: 'Deal field → header text, for headers the automatic detection does not know',
  example: { amount: 'ARR (USD)', owner: 'AE' },
});

const ingestOptionFields = {
  columns: Columns.optional(),
  stages: z
    .array(StageSchema)
    .min(1)
    .optional()
    .openapi({ description: "The team's stage table; the playbook's seven stages by default" }),
  dateOrder: z
    .enum(['MDY', 'DMY', 'YMD'])
    .optional()
    .openapi({ description: 'Order of slash dates such as 03/04/2026' }),
  decimal: z.enum(['point', 'comma']).optional().openapi({
    description:
      'Decimal mark of text numbers (point: 1,234.5; comma: 1.234,5). Settled per column from its cells when absent; needed only when a column holds both 12.500 and 1,250 and nothing else settles it.',
  }),
  stageMapping: z
    .record(
      z.string().min(1).max(200),
      z.union([
        z.string().min(1).max(200),
        z.strictObject({
          kind: z.enum(['open', 'won', 'lost']),
          probability: z.number().min(0).max(1),
        }),
      ]),
    )
    .optional()
    .openapi({
      description:
        'Stage names the stage table does not know (see unmappedStages) → a stage of the table, or a new stage with its kind and probability',
      example: { Engaging: 'Discovery', 'Verbal yes': { kind: 'open', probability: 0.8 } },
    }),
  currency: z.string().min(1).max(8).optional().openapi({
    description:
      'Currency of the report when amounts are in several (ISO code); needs exchangeRates',
    example: 'USD',
  }),
  exchangeRates: z
    .record(z.string().min(1).max(8), z.number().positive())
    .optional()
    .openapi({
      description: 'Currency code → value of one unit in `currency`',
      example: { EUR: 1.08, GBP: 1.27 },
    }),
};

export const AnalyzeOptionsSchema = z
  .strictObject({
    ...ingestOptionFields,
    asOf: IsoDate.optional().openapi({
      description: "Day of the analysis; today's date by default",
    }),
    groupBy: z.array(z.enum(GROUP_FIELDS)).optional(),
    quota: z.number().nonnegative().optional().openapi({
      description:
        'Quota of the period that contains `asOf` (see `quotaPeriod`); coverage = open pipeline / (quota − amount won with a close date in that period)',
    }),
    winRateBand: z
      .union([
        z.enum(['founderLed', 'mature']),
        z
          .strictObject({ min: z.number().min(0).max(1), max: z.number().min(0).max(1) })
          .refine((band) => band.min <= band.max, {
            message: 'min must not be greater than max',
            path: ['min'],
          }),
      ])
      .optional()
      .openapi({
        description:
          'Healthy win-rate band (playbook §4): `founderLed` (15-25%, the default), `mature` (20-35%) or `{ "min": 0.2, "max": 0.3 }` as fractions 0..1',
        example: 'mature',
      }),
    quotaPeriod: z.enum(['month', 'quarter', 'year']).optional().openapi({
      description:
        'The calendar period of `quota` that contains `asOf`; `quarter` by default. Only deals won in it count against the quota.',
    }),
  })
  .openapi('AnalyzeOptions');

export const SnapshotOptionsSchema = z.strictObject(ingestOptionFields).openapi('SnapshotOptions');

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const pipelineFields = {
  csv: z.string().optional().openapi({ description: 'The pipeline as CSV text, header first' }),
  rows: z
    .array(z.array(Cell))
    .optional()
    .openapi({ description: 'The pipeline as rows of cells, header first' }),
};

const oneSource = (body: { csv?: string; rows?: unknown[] }) =>
  (body.csv === undefined) !== (body.rows === undefined);
const oneSourceMessage = { message: 'send either "csv" or "rows", not both and not neither' };

export const AnalyzeBodySchema = z
  .strictObject({ ...pipelineFields, options: AnalyzeOptionsSchema.optional() })
  .refine(oneSource, oneSourceMessage)
  .openapi('AnalyzeRequest');

export const SnapshotBodySchema = z
  .strictObject({
    asOf: IsoDate.openapi({ description: 'Date of the snapshot; one snapshot per team and date' }),
    ...pipelineFields,
    options: SnapshotOptionsSchema.optional(),
  })
  .refine(oneSource, oneSourceMessage)
  .openapi('SnapshotRequest');

/** One cause of bad cells, counted once with a few sample cells. */
export const ErrorGroupSchema = z
  .object({
    column: z.string().optional(),
    field: z.string().optional(),
    message: z.string(),
    count: z.number().int(),
    samples: z.array(
      z.object({ row: z.number().int(), value: z.string().optional(), message: z.string() }),
    ),
  })
  .openapi('ErrorGroup');

/** A stage name the table does not know, with its deals and a suggested stage. */
export const UnmappedStageSchema = z
  .object({
    name: z.string(),
    count: z.number().int(),
    rows: z.array(z.number().int()),
    suggested: z
      .object({
        stage: z.string(),
        kind: z.enum(['open', 'won', 'lost']),
        probability: z.number(),
      })
      .nullable(),
  })
  .openapi('UnmappedStage');

/** A cell the ingestion could not read; as a problem detail its row is optional. */
const cellErrorFields = {
  row: z.number().int(),
  column: z.string().optional(),
  field: z.string().optional(),
  value: z.string().optional(),
  message: z.string(),
};

const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ ...cellErrorFields, row: cellErrorFields.row.optional() })),
  })
  .openapi('Problem');

export const CellErrorSchema = z.object(cellErrorFields).openapi('CellError');

/** Error responses every route may give, for the OpenAPI document. */
export function problemResponses(...statuses: number[]) {
  const out: Record<
    number,
    { description: string; content: Record<string, { schema: typeof ProblemSchema }> }
  > = {};
  for (const status of statuses) {
    out[status] = {
      description: 'Problem (RFC 9457)',
      content: { 'application/problem+json': { schema: ProblemSchema } },
    };
  }
  return out;
}

// Answers of the history routes, here so clients (the report page) can type
// their calls from them without importing the routes.

const Accuracy = z.object({
  ratio: z
    .number()
    .nullable()
    .openapi({ description: 'actual / forecast; null when the forecast is 0' }),
  withinTarget: z.boolean().nullable().openapi({ description: 'ratio within 0.9..1.1' }),
});

export const ForecastAccuracyReport = z
  .object({
    period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
    forecastAsOf: z.string(),
    actualAsOf: z.string(),
    forecast: z.object({ commit: z.number(), commitBestCase: z.number() }),
    actual: z.object({ won: z.number(), count: z.number().int() }),
    accuracy: z.object({ commit: Accuracy, commitBestCase: Accuracy }),
  })
  .openapi('ForecastAccuracy');

const nullableNumber = z.number().nullable();
export const Trend = z
  .object({
    from: z.string(),
    to: z.string(),
    months: z.array(
      z.object({
        month: z.string(),
        won: z.number().int(),
        lost: z.number().int(),
        winRate: nullableNumber,
        winRateByAmount: nullableNumber,
        wonAmount: z.number(),
        averageDealSize: nullableNumber,
        cycleDays: nullableNumber,
        snapshotAsOf: z.string().nullable(),
        openPipeline: nullableNumber,
        weightedPipeline: nullableNumber,
        coverage: nullableNumber,
      }),
    ),
  })
  .openapi('Trends');

const cohortFields = {
  created: z.number().int(),
  won: z.number().int(),
  lost: z.number().int(),
  open: z.number().int(),
  wonAmount: z.number(),
  winRate: nullableNumber.openapi({
    description: 'won / (won + lost) by deals; null while none is closed',
  }),
  openShare: z.number().openapi({ description: 'open / created, 0..1' }),
  maturing: z
    .boolean()
    .openapi({ description: 'More than maturingOpenShare of the deals still open' }),
  note: z
    .string()
    .nullable()
    .openapi({ description: 'Why the rate is not final, in the language asked for' }),
};
export const CohortWinRates = z
  .object({
    from: z.string(),
    to: z.string(),
    snapshotAsOf: z
      .string()
      .openapi({ description: 'Date of the snapshot the deals are read from' }),
    maturingOpenShare: z.number(),
    cohorts: z.array(z.object({ month: z.string(), ...cohortFields })),
    undated: z
      .object({ month: z.null(), ...cohortFields })
      .nullable()
      .openapi({ description: 'Deals without a created date; null when every deal has one' }),
    missingAmount: z
      .number()
      .int()
      .openapi({ description: 'Won deals with a blank amount, counted as 0' }),
  })
  .openapi('CohortWinRates');

const Total = z.object({ count: z.number().int(), amount: z.number() });
const State = z
  .object({ stage: z.string(), amount: z.number().nullable(), closeDate: z.string().optional() })
  .nullable();

export const Waterfall = z
  .object({
    from: z.string(),
    to: z.string(),
    period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
    totals: z.record(z.string(), Total).openapi({
      description:
        'Per change kind: new, advanced, movedBack, slipped, pulledIn, won, lost, reopened, removed, amountUp, amountDown',
    }),
    pipeline: z.record(z.string(), z.number()).openapi({
      description: 'end = start + new + reopened + increased − decreased − won − lost − removed',
    }),
    unchanged: z.number().int(),
    deals: z.array(
      z.object({
        key: z.string(),
        name: z.string().optional(),
        account: z.string().optional(),
        owner: z.string().optional(),
        changes: z.array(z.string()),
        before: State,
        after: State,
      }),
    ),
  })
  .openapi('Waterfall');

export const DealHistory = z
  .object({
    from: z.string(),
    to: z.string(),
    snapshots: z
      .array(z.string())
      .openapi({ description: 'Dates of the snapshots read, oldest first' }),
    deals: z.array(
      z.object({
        key: z.string(),
        name: z.string().optional(),
        account: z.string().optional(),
        owner: z.string().optional(),
        firstSeen: z.string(),
        lastSeen: z.string(),
        pushes: z.number().int().openapi({
          description: 'Consecutive snapshot pairs in which the close date moved later',
        }),
        pulls: z.number().int().openapi({
          description: 'Consecutive snapshot pairs in which the close date moved earlier',
        }),
        pushedDays: z
          .number()
          .int()
          .openapi({ description: 'Days the close date moved later, in total' }),
        stageDays: z.record(z.string(), z.number()).openapi({
          description:
            'Per open stage, days between consecutive snapshots that both show the deal in it (a lower bound)',
        }),
      }),
    ),
    stages: z.array(
      z.object({
        stage: z.string(),
        averageDays: z.number().nullable().openapi({
          description:
            'Mean stay over deals seen entering and leaving the stage inside the range, each change taken half way between its two snapshots; null without such a deal',
        }),
        deals: z.number().int(),
      }),
    ),
  })
  .openapi('DealHistory');

export const SnapshotList = z
  .object({
    snapshots: z.array(
      z.object({ asOf: z.string(), deals: z.number().int(), version: z.number().int() }),
    ),
  })
  .openapi('SnapshotList');

// Forecast calls (routes/forecast-calls.ts).

const CALL_AMOUNT = 'must be a number ≥ 0';
const callAmount = () => z.number({ error: CALL_AMOUNT }).min(0, { error: CALL_AMOUNT });

export const ForecastCallBody = z
  .strictObject({
    commit: callAmount().openapi({ description: 'Amount the rep commits to win in the period' }),
    bestCase: callAmount()
      .optional()
      .openapi({ description: 'Amount the rep could win if the open deals go their way' }),
    note: z
      .string({ error: 'must be text of at most 500 characters' })
      .max(500, { error: 'must be text of at most 500 characters' })
      .optional(),
  })
  .openapi('ForecastCallBody', { example: { commit: 120000, bestCase: 150000 } });

export const ForecastCall = z
  .object({
    period: z.string(),
    rep: z.string(),
    commit: z.number(),
    bestCase: z.number().nullable(),
    note: z.string().nullable(),
    updated: z.string().openapi({ description: 'When the call was last written (ISO timestamp)' }),
    version: z.number().int().openapi({
      description:
        'Version of the call: 1 when first stored, one more on each write. Also sent as the ETag header; send it back as If-Match to replace only that version.',
    }),
  })
  .openapi('ForecastCall');

export const ForecastCallList = z
  .object({ period: z.string(), calls: z.array(ForecastCall) })
  .openapi('ForecastCallList');

export const ForecastCallAccuracyReport = z
  .object({
    period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
    actualAsOf: z
      .string()
      .openapi({ description: 'Date of the snapshot the won deals were read from' }),
    reps: z.array(
      z.object({
        rep: z.string(),
        call: z.object({
          commit: z.number(),
          bestCase: z.number().nullable(),
          version: z.number().int(),
        }),
        actual: z.object({ won: z.number(), count: z.number().int() }),
        accuracy: z.object({
          ratio: z
            .number()
            .nullable()
            .openapi({ description: 'actual / call; null when the call is 0' }),
          withinTarget: z
            .boolean()
            .nullable()
            .openapi({ description: 'ratio within 0.9..1.1 (playbook §3)' }),
          withinTenPercentOfActual: z
            .boolean()
            .openapi({ description: '|actual − call| ≤ 10% of actual' }),
          hubspot: z.number().openapi({
            description:
              'max(0, 1 − |actual − call| / actual); with nothing won, 1 for a call of 0, else 0',
          }),
        }),
        byDeals: z
          .object({
            committed: z.number().int().openapi({
              description:
                "The rep's open deals in Commit expected to close in the period, in the period's first snapshot",
            }),
            won: z.number().int().openapi({
              description: "The rep's deals won with a close date in the period (actual.count)",
            }),
            ratio: z
              .number()
              .nullable()
              .openapi({ description: 'won / committed; null when committed is 0' }),
            withinTarget: z
              .boolean()
              .nullable()
              .openapi({ description: 'ratio within 0.9..1.1; null without a ratio' }),
          })
          .nullable()
          .openapi({
            description:
              "The playbook's 10% rule (§3 defines it on amounts) counted by deals. Null when no snapshot is dated within the period.",
          }),
      }),
    ),
  })
  .openapi('ForecastCallAccuracy');
