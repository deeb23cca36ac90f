import { createRoute, z } from '@hono/zod-openapi';
import { parseMonth } from '../../../shared/analysis/parse-month';
import { type Cohort, cohortWinRates, MATURING_OPEN_SHARE } from '../../../shared/pipeline/cohorts';
import type { Language } from '../../../shared/types';
import { requireKey } from '../auth';
import { dayToIso } from '../days';
import { ProblemError } from '../problem';
import { readRateLimit } from '../rate-limit';
import { createRouter } from '../router';
import { CohortWinRates, Month, problemResponses, languageQuery } from '../schemas';
import { snapshotStore } from '../storage/snapshot-store';
import { requireSnapshot } from '../stored';

/** Longest range of creation months one request may ask for. */
const MAX_MONTHS = 120;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Why a cohort's rate is not final yet, in the language asked for; null when it is settled. */
function maturingNote(c: Cohort, language: Language): string | null {
  if (!c.maturing) return null;
  return language === 'zh'
    ? `仍在成熟中：${percent(c.openShare)} 的交易尚未结束，成交率可能还会变化。`
    : `Still maturing: ${percent(c.openShare)} of its deals are still open, so its win rate may change.`;
}

export const cohorts = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/v1/cohorts',
    summary: 'Cohort win rate: the deals created each month, followed to their outcome',
    description: `Read from the team's newest snapshot: for each creation month from \`from\` to \`to\`, the deals created, won, lost and still open, the won amount and the win rate won / (won + lost) by deals. A cohort is \`maturing\` while more than ${MATURING_OPEN_SHARE * 100}% of its deals are open: its rate is not final. Deals without a created date are counted once, under \`undated\`. At most ${MAX_MONTHS} months per request.`,
    security: [{ apiKey: [] }],
    middleware: [requireKey, readRateLimit] as const,
    request: {
      query: z.strictObject({
        ...languageQuery,
        from: Month.openapi({ description: 'First creation month', example: '2026-01' }),
        to: Month.openapi({ description: 'Last creation month', example: '2026-06' }),
      }),
    },
    responses: {
      200: {
        description: 'The cohorts',
        content: { 'application/json': { schema: CohortWinRates } },
      },
      ...problemResponses(400, 401, 404),
    },
  }),
  async (c) => {
    const query = c.req.valid('query');
    const team = c.get('team');
    const language = c.get('language');
    const first = parseMonth(query.from, 'cohorts');
    const last = parseMonth(query.to, 'cohorts');
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
    const store = snapshotStore(c.env);
    const newest = (await store.dates(team)).at(-1);
    if (newest === undefined) throw new ProblemError('notFound', 'No snapshot for this team yet.');
    const snapshot = await requireSnapshot(store, team, newest);
    const result = cohortWinRates(snapshot.deals, {
      stages: snapshot.stages,
      from: first,
      to: last,
    });
    const withNote = (cohort: Cohort) => ({ ...cohort, note: maturingNote(cohort, language) });
    return c.json(
      {
        from: query.from,
        to: query.to,
        snapshotAsOf: dayToIso(newest),
        maturingOpenShare: MATURING_OPEN_SHARE,
        cohorts: result.cohorts.map((m) => ({ ...withNote(m), month: m.month as string })),
        undated: result.undated && { ...withNote(result.undated), month: null },
        missingAmount: result.missingAmount,
      },
      200,
    );
  },
);
