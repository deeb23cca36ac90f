import { createRoute, z } from '@hono/zod-openapi';
import { compareSnapshots, type DealState } from '../../../shared/snapshots/compare-snapshots';
import { parsePeriod } from '../../../shared/snapshots/parse-period';
import { requireKey } from '../auth';
import { calendarPeriodOf } from '../../../shared/snapshots/calendar-period-of';
import { dayToIso, isoToDay } from '../days';
import { ProblemError } from '../problem';
import { readRateLimit } from '../rate-limit';
import { createRouter } from '../router';
import { IsoDate, Period, problemResponses, languageQuery, Waterfall } from '../schemas';
import { snapshotStore } from '../storage/snapshot-store';
import { requireSnapshot } from '../stored';

const isoState = (state: DealState | null) =>
  state && {
    stage: state.stage,
    amount: state.amount,
    ...(state.closeDate !== undefined ? { closeDate: dayToIso(state.closeDate) } : {}),
  };

export const waterfall = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/v1/waterfall',
    summary: 'What changed between two snapshots, per deal and in total',
    description:
      'Slipped and pulled-in deals are judged against the period (default: the calendar quarter of `from`).',
    security: [{ apiKey: [] }],
    middleware: [requireKey, readRateLimit] as const,
    request: {
      query: z.strictObject({
        ...languageQuery,
        from: IsoDate.openapi({ description: 'Date of the earlier snapshot' }),
        to: IsoDate.openapi({ description: 'Date of the later snapshot', example: '2026-04-30' }),
        period: Period.optional(),
      }),
    },
    responses: {
      200: { description: 'The waterfall', content: { 'application/json': { schema: Waterfall } } },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const team = c.get('team');
    const from = isoToDay(query.from, 'from');
    const to = isoToDay(query.to, 'to');
    if (to < from) throw new ProblemError('invalidRequest', '"to" must not be before "from".');
    const period =
      query.period !== undefined
        ? parsePeriod(query.period, 'waterfall')
        : calendarPeriodOf(from, 'quarter');
    const store = snapshotStore(c.env);
    const before = await requireSnapshot(store, team, from);
    const after = await requireSnapshot(store, team, to);
    const result = compareSnapshots(before.deals, after.deals, {
      beforeStages: before.stages,
      afterStages: after.stages,
      periodEnd: period.end,
    });
    return c.json(
      {
        from: query.from,
        to: query.to,
        period: { label: period.label, start: dayToIso(period.start), end: dayToIso(period.end) },
        totals: result.totals,
        pipeline: { ...result.pipeline },
        unchanged: result.unchanged,
        deals: result.deals.map((d) => ({
          ...d,
          changes: [...d.changes],
          before: isoState(d.before),
          after: isoState(d.after),
        })),
      },
      200,
    );
  },
);
