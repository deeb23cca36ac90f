import { createRoute, z } from '@hono/zod-openapi';
import { monthIndex } from '../../../shared/analysis/month-index';
import { monthStart } from '../../../shared/analysis/month-start';
import { parseMonth } from '../../../shared/analysis/parse-month';
import { requireKey } from '../auth';
import { dayToIso } from '../days';
import { ProblemError } from '../problem';
import { readRateLimit } from '../rate-limit';
import { createRouter } from '../router';
import { DecimalQuery, Month, problemResponses, languageQuery, Trend } from '../schemas';
import { snapshotStore } from '../storage/snapshot-store';
import { trendFromSummaries } from '../storage/summary';
import { requireSummaries } from '../stored';

/** Longest range one request may ask for; each month may read a snapshot. */
const MAX_MONTHS = 36;

export const trends = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/v1/trends',
    summary: 'Month by month: win rate, deal size, cycle, pipeline and coverage',
    description:
      "Closed-deal figures come from the newest snapshot in the range, by close month; open and weighted pipeline and coverage from each month's first snapshot (null for a month without one). Coverage needs `quota` (per month). At most 36 months per request.",
    security: [{ apiKey: [] }],
    middleware: [requireKey, readRateLimit] as const,
    request: {
      query: z.strictObject({
        ...languageQuery,
        from: Month,
        to: Month.openapi({ example: '2026-06' }),
        quota: DecimalQuery.optional().openapi({ description: 'Monthly quota, a plain decimal' }),
      }),
    },
    responses: {
      200: { description: 'The trend', content: { 'application/json': { schema: Trend } } },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const team = c.get('team');
    const first = parseMonth(query.from, 'trends');
    const last = parseMonth(query.to, 'trends');
    if (last < first) throw new ProblemError('invalidRequest', '"to" must not be before "from".');
    const months = last - first + 1;
    if (months > MAX_MONTHS) {
      const message = `the range may span at most ${MAX_MONTHS} months (got ${months})`;
      throw new ProblemError(
        'invalidRequest',
        `"from" to "to" may span at most ${MAX_MONTHS} months.`,
        [{ field: 'to', value: query.to, message }],
      );
    }
    const from = monthStart(first);
    const to = monthStart(last + 1) - 1;
    const store = snapshotStore(c.env);
    const dates = await store.dates(team, from, to);
    if (dates.length === 0) {
      throw new ProblemError(
        'notFound',
        `No snapshot between ${query.from} and ${query.to} for this team.`,
      );
    }
    // Only each month's first snapshot and the newest one are read, and of
    // those only the figures stored with them (storage/summary.ts).
    const needed = new Set<number>([dates[dates.length - 1]]);
    const seenMonths = new Set<number>();
    for (const day of dates) {
      const month = monthIndex(day);
      if (!seenMonths.has(month)) needed.add(day);
      seenMonths.add(month);
    }
    const summaries = await requireSummaries(store, team, [...needed]);
    const trend = trendFromSummaries(summaries, {
      from,
      to,
      ...(query.quota !== undefined ? { quota: query.quota } : {}),
    });
    return c.json(
      {
        from: query.from,
        to: query.to,
        months: trend.map((m) => ({
          ...m,
          snapshotAsOf: m.snapshotAsOf === null ? null : dayToIso(m.snapshotAsOf),
        })),
      },
      200,
    );
  },
);
