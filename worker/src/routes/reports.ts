import { createRoute, z } from '@hono/zod-openapi';
import { monthIndex } from '../../../shared/analysis/month-index';
import { parsePeriod } from '../../../shared/snapshots/parse-period';
import { requireKey } from '../auth';
import { dayToIso } from '../days';
import { ProblemError } from '../problem';
import { readRateLimit } from '../rate-limit';
import { createRouter } from '../router';
import { Month, problemResponses, languageQuery } from '../schemas';
import { reportOf } from '../storage/monthly';
import { snapshotStore } from '../storage/snapshot-store';
import { requireSnapshot } from '../stored';

const MonthlyReport = z
  .object({
    month: z.string(),
    snapshotAsOf: z
      .string()
      .openapi({ description: 'Date of the snapshot the answers are read from' }),
    answers: z
      .array(
        z.object({
          question: z.number().int().min(1).max(8),
          answer: z.union([z.string(), z.number(), z.null()]),
          figures: z.record(z.string(), z.unknown()),
        }),
      )
      .openapi({
        description:
          '1 win-rate trend, 2 stage where most deals are lost, 3 share reaching the economic buyer, 4 deal-size trend, 5 worst objection type, 6 best-converting source, 7 share of won value from the top 20% of accounts, 8 lesson of the last loss',
      }),
  })
  .openapi('MonthlyReport');

export const reports = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/v1/reports/monthly',
    summary: 'The eight self-assessment answers of a month, with the figures behind each',
    description:
      "Read from the team's first snapshot dated after the month (the state at its end), or else the newest snapshot dated within the month; a month with no snapshot in or after it is a 404 problem, since an earlier snapshot cannot know the month's closed deals.",
    security: [{ apiKey: [] }],
    middleware: [requireKey, readRateLimit] as const,
    request: { query: z.strictObject({ month: Month, ...languageQuery }) },
    responses: {
      200: {
        description: 'The self-assessment',
        content: { 'application/json': { schema: MonthlyReport } },
      },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const { month } = c.req.valid('query');
    const team = c.get('team');
    const { start, end } = parsePeriod(month, 'monthlyReport');
    // The month's own snapshots are read only when none is dated after it.
    const store = snapshotStore(c.env);
    const dates = await store.dates(team, start);
    const day = dates.find((d) => d > end) ?? dates.filter((d) => d <= end).at(-1);
    if (day === undefined) {
      throw new ProblemError('notFound', `No snapshot dated in or after ${month} for this team.`);
    }
    // Stored with the snapshot for the months it can answer (storage/monthly.ts).
    const result =
      (await store.monthlyReport(team, day, month)) ??
      reportOf(await requireSnapshot(store, team, day), monthIndex(start));
    const answers = result.answers.map((a) =>
      a.question === 8
        ? {
            ...a,
            figures: {
              ...a.figures,
              closeDate: a.figures.closeDate === null ? null : dayToIso(a.figures.closeDate),
            },
          }
        : a,
    );
    return c.json(
      {
        month: result.month,
        snapshotAsOf: dayToIso(day),
        answers: answers as unknown as z.infer<typeof MonthlyReport>['answers'],
      },
      200,
    );
  },
);
