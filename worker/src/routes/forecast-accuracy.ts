import { createRoute, z } from '@hono/zod-openapi';
import { parsePeriod } from '../../../shared/snapshots/parse-period';
import { periodForecastAccuracy } from '../../../shared/snapshots/period-forecast-accuracy';
import { requireKey } from '../auth';
import { dayToIso } from '../days';
import { ProblemError } from '../problem';
import { readRateLimit } from '../rate-limit';
import { createRouter } from '../router';
import { Period, problemResponses, languageQuery, ForecastAccuracyReport } from '../schemas';
import { snapshotStore } from '../storage/snapshot-store';
import { requireSnapshot } from '../stored';

export const forecastAccuracy = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/v1/forecast-accuracy',
    summary: 'Forecast at the start of a period against what was won in it',
    description:
      "Commit and Commit + Best Case of open deals expected to close in the period, read from the period's first snapshot, against the amount won with a close date in the period, read from the team's newest snapshot.",
    security: [{ apiKey: [] }],
    middleware: [requireKey, readRateLimit] as const,
    request: { query: z.strictObject({ period: Period, ...languageQuery }) },
    responses: {
      200: {
        description: 'Forecast accuracy',
        content: { 'application/json': { schema: ForecastAccuracyReport } },
      },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const team = c.get('team');
    const period = parsePeriod(c.req.valid('query').period, 'forecastAccuracy');
    const store = snapshotStore(c.env);
    // One read of the dates from the period's start gives both snapshots' dates.
    const fromStart = await store.dates(team, period.start);
    const inPeriod = fromStart.filter((day) => day <= period.end);
    if (inPeriod.length === 0) {
      throw new ProblemError('notFound', `No snapshot dated within ${period.label} for this team.`);
    }
    // The newest snapshot is at least as new as the first one in the period.
    const newest = fromStart.at(-1) ?? inPeriod[0];
    const first = await requireSnapshot(store, team, inPeriod[0]);
    const latest = newest === first.asOf ? first : await requireSnapshot(store, team, newest);
    const result = periodForecastAccuracy(first, latest, period);
    return c.json(
      {
        period: { label: period.label, start: dayToIso(period.start), end: dayToIso(period.end) },
        forecastAsOf: dayToIso(result.forecastAsOf),
        actualAsOf: dayToIso(result.actualAsOf),
        forecast: { ...result.forecast },
        actual: { ...result.actual },
        accuracy: {
          commit: { ...result.accuracy.commit },
          commitBestCase: { ...result.accuracy.commitBestCase },
        },
      },
      200,
    );
  },
);
