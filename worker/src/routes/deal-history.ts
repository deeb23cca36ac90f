import { createRoute, z } from '@hono/zod-openapi';
import { DealHistoryBuilder } from '../../../shared/snapshots/deal-history';
import { requireKey } from '../auth';
import { dayToIso, isoToDay } from '../days';
import { ProblemError } from '../problem';
import { readRateLimit } from '../rate-limit';
import { createRouter } from '../router';
import { DealHistory, IsoDate, languageQuery, problemResponses } from '../schemas';
import { snapshotStore } from '../storage/snapshot-store';
import { requireSnapshot } from '../stored';

/** Most snapshots one request reads (daily snapshots for four months, weekly for two years). */
export const MAX_HISTORY_SNAPSHOTS = 120;

export const dealHistory = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/v1/deal-history',
    summary: 'Per deal over a date range: close-date pushes and pulls, days in each stage',
    description:
      'Reads every snapshot of the team dated `from` to `to` (inclusive), oldest first. A push is a pair of consecutive snapshots in which the close date moved later, a pull one in which it moved earlier. Days in a stage count only between consecutive snapshots that both show the deal in it: time before its first snapshot in the range, after its last and between two snapshots that show different stages is not known. Per open stage, the average stay over deals seen entering and leaving it inside the range. At most 120 snapshots per request.',
    security: [{ apiKey: [] }],
    middleware: [requireKey, readRateLimit] as const,
    request: {
      query: z.strictObject({
        ...languageQuery,
        from: IsoDate.openapi({ description: 'First day of the range' }),
        to: IsoDate.openapi({ description: 'Last day of the range', example: '2026-03-31' }),
      }),
    },
    responses: {
      200: {
        description: 'The history of each deal',
        content: { 'application/json': { schema: DealHistory } },
      },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const team = c.get('team');
    const from = isoToDay(query.from, 'from');
    const to = isoToDay(query.to, 'to');
    if (to < from) throw new ProblemError('invalidRequest', '"to" must not be before "from".');
    const store = snapshotStore(c.env);
    const dates = await store.dates(team, from, to);
    if (dates.length === 0) {
      throw new ProblemError(
        'notFound',
        `No snapshot between ${query.from} and ${query.to} for this team.`,
      );
    }
    if (dates.length > MAX_HISTORY_SNAPSHOTS) {
      const message = `the range holds ${dates.length} snapshots; at most ${MAX_HISTORY_SNAPSHOTS} are read per request`;
      throw new ProblemError(
        'invalidRequest',
        `"from" to "to" may hold at most ${MAX_HISTORY_SNAPSHOTS} snapshots.`,
        [{ field: 'to', value: query.to, message }],
      );
    }
    // One snapshot at a time: only the previous one's deals stay in memory.
    const builder = new DealHistoryBuilder();
    for (const day of dates) builder.add(await requireSnapshot(store, team, day));
    const result = builder.result();
    return c.json(
      {
        from: query.from,
        to: query.to,
        snapshots: dates.map(dayToIso),
        deals: result.deals.map((d) => ({
          ...d,
          firstSeen: dayToIso(d.firstSeen),
          lastSeen: dayToIso(d.lastSeen),
          stageDays: { ...d.stageDays },
        })),
        stages: result.stages,
      },
      200,
    );
  },
);
