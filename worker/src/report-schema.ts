import { z } from '@hono/zod-openapi';
import type { AnalysisReport, AnalysisWarning } from '../../shared/analysis/analyze';
import { FORECAST_CATEGORIES } from '../../shared/forecast/forecast-order';
import type { ForecastCategory } from '../../shared/types';
import { GROUP_FIELDS } from './schemas';

// The analysis report (`AnalysisReport` in shared/analysis/analyze.ts) as
// schemas, so /openapi.json describes every field a client reads. The check at
// the end of the file fails `tsc -p worker` when the two drift apart.

/** A fraction 0..1, or null when the ratio has no answer. */
const rate = (description: string) => z.number().min(0).max(1).nullable().openapi({ description });
const count = (description: string) => z.number().int().nonnegative().openapi({ description });
const amount = (description: string) => z.number().openapi({ description });
const days = (description: string) => z.number().nullable().openapi({ description });

export const WinRateBandSchema = z
  .object({
    min: z.number().openapi({ description: 'Lowest healthy win rate, a fraction 0..1' }),
    max: z.number().openapi({ description: 'Highest healthy win rate, a fraction 0..1' }),
  })
  .openapi('WinRateBand', { description: 'Healthy win-rate band (playbook §4)' });

export const MeanAndMedianSchema = z
  .object({
    mean: days('Mean in days; null with no deal'),
    median: days('Median in days; null with no deal'),
  })
  .openapi('MeanAndMedian', { description: 'Mean and median of a list of day counts' });

export const WinLossGroupSchema = z
  .object({
    key: z
      .string()
      .openapi({ description: "The field's value; empty for deals where it is blank" }),
    deals: count('All deals with this value, open ones included'),
    open: count('Open deals'),
    won: count('Won deals'),
    lost: count('Lost deals'),
    winRate: rate('won / (won + lost); null when none is closed'),
    wonAmount: amount('Amount won'),
    lostAmount: amount('Amount lost'),
    cycleDaysMedian: days(
      'Median sales cycle in days of the won deals; null when none has both dates',
    ),
  })
  .openapi('WinLossGroup', {
    description: 'Win/loss figures for one value of a grouping field (playbook §4, §9)',
  });

export const MonthTrendRowSchema = z
  .object({
    month: z
      .string()
      .openapi({ description: 'YYYY-MM (UTC) of the close date', example: '2026-03' }),
    won: count('Deals won in the month'),
    lost: count('Deals lost in the month'),
    winRate: rate('won / (won + lost); null when none is closed or when withheld'),
    wonAmount: amount('Amount won in the month'),
    lostAmount: amount('Amount lost in the month'),
    averageDealSize: z
      .number()
      .nullable()
      .openapi({ description: 'Won amount / won deals; null without won deals' }),
    cycleDaysMedian: days(
      "Median cycle in days of the month's won deals; null when none has both dates",
    ),
    cycleDaysMean: days('Mean cycle in days of the same won deals; null when none has both dates'),
  })
  .openapi('MonthTrendRow', {
    description: 'Win/loss figures of the deals closed in one calendar month (playbook §8, §9)',
  });

const WinLossBy = z
  .object(
    Object.fromEntries(
      GROUP_FIELDS.map((field) => [
        field,
        z
          .array(WinLossGroupSchema)
          .optional()
          .openapi({ description: `Win/loss by ${field}, one entry per value` }),
      ]),
    ) as Record<
      (typeof GROUP_FIELDS)[number],
      z.ZodOptional<z.ZodArray<typeof WinLossGroupSchema>>
    >,
  )
  .openapi({
    description: 'Win/loss by each field of `options.groupBy` (owner and source by default)',
  });

export const WinLossSchema = z
  .object({
    won: count('Won deals'),
    lost: count('Lost deals'),
    winRate: rate('By deals: won / (won + lost); null with no closed deal'),
    winRateHealth: z
      .enum(['below', 'healthy', 'above'])
      .nullable()
      .openapi({ description: 'The win rate against the band; null when the win rate is' }),
    winRateBand: WinRateBandSchema,
    wonAmount: amount('Amount won'),
    lostAmount: amount('Amount lost'),
    avgWonAmount: z
      .number()
      .nullable()
      .openapi({ description: 'Average won deal size; null without won deals' }),
    winRateByAmount: rate('wonAmount / (wonAmount + lostAmount); null when both are 0'),
    cycleDays: z
      .object({ won: MeanAndMedianSchema, lost: MeanAndMedianSchema })
      .openapi({ description: 'Days from created to close date, for deals with both dates' }),
    by: WinLossBy,
    byMonth: z.array(MonthTrendRowSchema).openapi({
      description:
        'Closed deals by close month; win rates are null when undated closed deals would bias them (see byMonthWinRateWithheld)',
    }),
    undatedClosed: z
      .object({
        won: count('Won deals without a close date'),
        lost: count('Lost deals without a close date'),
      })
      .openapi({ description: 'Closed deals with no close date, which no month can hold' }),
    byMonthWinRateWithheld: z.boolean().openapi({
      description: 'Whether byMonth win rates are withheld because undated deals would bias them',
    }),
  })
  .openapi('WinLoss', {
    description: 'Won and lost deals, rates and breakdowns (playbook §4, §9)',
  });

export const CountAmountSchema = z
  .object({ count: count('Deals'), amount: amount('Sum of their amounts') })
  .openapi('CountAmount', {
    description:
      'Count and amount of a set of deals (pipeline.open: open deals, unmapped ones included)',
  });

export const StagePipelineSchema = z
  .object({
    stage: z.string().openapi({ description: 'Stage name from the stage table' }),
    count: count('Open deals in the stage'),
    amount: amount('Their amount'),
    weighted: amount("Σ amount × the deal's own probability, else the stage's"),
  })
  .openapi('StagePipeline', { description: 'Open pipeline in one stage' });

export const UnmappedPipelineSchema = z
  .object({
    count: count('Open deals whose stage the table does not know'),
    amount: amount('Their amount'),
    weighted: amount("Σ amount × the deal's own probability; deals without one weigh 0"),
    stages: z
      .array(
        z.object({
          stage: z.string().openapi({ description: 'Stage as written in the input' }),
          count: count('Deals with that stage'),
          amount: amount('Their amount'),
        }),
      )
      .openapi({ description: 'By stage as written, most deals first (at most 50 names)' }),
  })
  .openapi('UnmappedPipeline', {
    description:
      'Open deals whose stage the table does not know (kept open, weighted only by their own probability)',
  });

const FORECAST_MEANINGS: Record<ForecastCategory, string> = {
  commit:
    'Commit: open deals at a stage of 75% or more, unless MEDDPICC or an override lowers them',
  bestCase: 'Best Case: open deals at a stage of 50% to 75%',
  pipeline: 'Pipeline: open deals at a stage of 30% to 50%',
  upside: 'Upside: early open deals, and deals whose stage the table does not know',
  closed: 'Closed: won deals',
  omitted: 'Omitted: lost deals, and deals an override leaves out',
};

const Forecast = z
  .object(
    Object.fromEntries(
      FORECAST_CATEGORIES.map((category) => [
        category,
        CountAmountSchema.openapi({ description: FORECAST_MEANINGS[category] }),
      ]),
    ) as Record<ForecastCategory, typeof CountAmountSchema>,
  )
  .openapi({
    description: 'Every deal by forecast category (playbook §3), all six categories present',
  });

export const PipelineSchema = z
  .object({
    open: CountAmountSchema,
    weighted: amount('Weighted open pipeline'),
    byStage: z
      .array(StagePipelineSchema)
      .openapi({ description: 'Every open stage in funnel order, zeros included' }),
    forecast: Forecast,
    unmapped: UnmappedPipelineSchema,
  })
  .openapi('Pipeline', {
    description: 'Open pipeline, weighted and by stage and forecast category',
  });

export const FunnelStageSchema = z
  .object({
    stage: z.string().openapi({ description: 'Canonical stage name' }),
    reached: count('Deals that reached this stage'),
    advanced: count('Of those, deals that reached the next open stage (for the last: Closed Won)'),
    conversion: rate('advanced / reached; null when no deal reached the stage'),
  })
  .openapi('FunnelStage', { description: 'Conversion of one open stage (playbook §4)' });

export const FunnelSchema = z
  .object({
    method: z
      .enum(['history', 'snapshot'])
      .openapi({ description: '`history` when a stage history was given, else `snapshot`' }),
    approximate: z
      .boolean()
      .openapi({ description: "True when some deals' reach had to be guessed" }),
    approximateDeals: count(
      'Lost deals with neither a usable history nor a "lost at stage": counted as reaching the first stage only',
    ),
    dealsWithoutHistory: count('With a history: deals that have no entry in it'),
    unknownHistoryStages: count('History entries whose stage is not in the stage table (ignored)'),
    deals: count('Deals counted (deals whose stage is in the table)'),
    won: count('Won deals (they reached every open stage)'),
    stages: z.array(FunnelStageSchema).openapi({ description: 'The open stages in funnel order' }),
  })
  .openapi('Funnel', { description: 'Stage conversion through the open stages (playbook §4)' });

export const CoverageSchema = z
  .object({
    ratio: z.number().nullable().openapi({
      description: 'Open pipeline / remaining quota; null when nothing remains to cover',
    }),
    remainingQuota: amount('Quota minus closed won, never below 0'),
    health: z.enum(['under', 'healthy', 'over', 'quotaMet']).openapi({
      description: 'Under 3x, healthy 3x-4x, over 4x, or quota already met (playbook §4)',
    }),
  })
  .openapi('Coverage', { description: 'Pipeline coverage of the remaining quota' });

/** Every warning code, as a record so a code added in shared/ but not here fails to compile. */
const WARNING_CODE_SET: Record<AnalysisWarning['code'], true> = {
  unmappedStage: true,
  closedWithoutCloseDate: true,
  monthlyWinRateWithheld: true,
  missingAmount: true,
  negativeAmount: true,
  negativeCycle: true,
  approximateFunnel: true,
  dealsWithoutHistory: true,
  unknownHistoryStage: true,
  noClosedDeals: true,
  winRateAboveBand: true,
  winRateBelowBand: true,
  closeDatePast: true,
};
const WARNING_CODES = Object.keys(WARNING_CODE_SET) as [
  AnalysisWarning['code'],
  ...AnalysisWarning['code'][],
];

export const AnalysisWarningSchema = z
  .object({
    code: z.enum(WARNING_CODES).openapi({ description: 'What the warning is about, for labels' }),
    count: count('How many deals (or history entries) it concerns'),
    message: z.string().openapi({ description: 'The warning as a sentence' }),
  })
  .openapi('AnalysisWarning', { description: 'Why a figure deserves a second look' });

export const AnalysisReportSchema = z
  .object({
    deals: count('Deals given (including those with an unknown stage)'),
    winLoss: WinLossSchema,
    pipeline: PipelineSchema,
    funnel: FunnelSchema,
    velocity: z.number().nullable().openapi({
      description:
        'Money per day (playbook §4) from open deals, win rate, average deal size and mean won cycle; null when one of them has no answer',
    }),
    coverage: CoverageSchema.optional().openapi({ description: 'Present when a quota was given' }),
    warnings: z.array(AnalysisWarningSchema).openapi({ description: 'Figures to look at twice' }),
  })
  .openapi('AnalysisReport', {
    description:
      'The whole pipeline and win/loss analysis of a deal list (playbook §3, §4, §9). Rates are fractions 0..1; amounts are plain numbers.',
  });

// Compile-time check: the schema's type and the shared report type are
// assignable both ways, so a field added, renamed or retyped on one side only
// fails the type check.
type ReportFromSchema = z.infer<typeof AnalysisReportSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const REPORT_SCHEMA_MATCHES: Same<ReportFromSchema, AnalysisReport> = true;
