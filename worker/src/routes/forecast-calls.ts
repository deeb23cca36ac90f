import { createRoute, z } from '@hono/zod-openapi';
import { callAccuracy } from '../../../shared/forecast/call-accuracy';
import { dealForecastCategory } from '../../../shared/forecast/deal-forecast-category';
import { forecastAccuracy } from '../../../shared/forecast/forecast-accuracy';
import { parsePeriod } from '../../../shared/snapshots/parse-period';
import { findStage } from '../../../shared/stages/find-stage';
import type { Deal } from '../../../shared/types';
import { requireKey } from '../auth';
import { dayToIso } from '../days';
import { type ProblemDetail, ProblemError } from '../problem';
import { rateLimit, readRateLimit } from '../rate-limit';
import { createRouter } from '../router';
import {
  ForecastCall,
  ForecastCallAccuracyReport,
  ForecastCallBody,
  ForecastCallList,
  languageQuery,
  Period,
  problemResponses,
} from '../schemas';
import {
  MAX_CALLS_PER_PERIOD,
  putForecastCall,
  forecastCalls as readCalls,
  repKey,
  type ForecastCall as StoredCall,
} from '../storage/forecast-calls';
import { snapshotStore } from '../storage/snapshot-store';
import { requireSnapshot } from '../stored';
import { writePrecondition } from '../write-precondition';

/** A version as an ETag: `3` → `"3"`. */
const etagOf = (version: number) => `"${version}"`;

const NOT_A_CALL = 'must be a JSON object such as {"commit": 120000}';

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/**
 * Turns a failed validation of a call's path or body into a 400 naming each
 * field (`commit`, `bestCase`, `note`, `period`, `rep`).
 */
function callHook(
  result: { success: true } | { success: false; error: { issues: readonly Issue[] } },
): undefined {
  if (result.success) return undefined;
  const details: ProblemDetail[] = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({
        field: key,
        message: 'is not a field of a forecast call',
      }));
    }
    const field = issue.path.map(String).join('.');
    if (!field) return [{ field: '(body)', message: NOT_A_CALL }];
    return [{ field, message: issue.message }];
  });
  const first = details[0] ?? { field: '(body)', message: NOT_A_CALL };
  throw new ProblemError(
    'invalidRequest',
    `Forecast call field ${first.field}: ${first.message}`,
    details,
  );
}

/** A stored call as the API answers it. */
const callOut = (call: StoredCall) => ({
  period: call.period,
  rep: call.rep,
  commit: call.commit,
  bestCase: call.bestCase,
  note: call.note,
  updated: call.updated,
  version: call.version,
});

const RepName = z
  .string()
  .refine((text) => text.trim().length > 0 && text.length <= 100, {
    error: 'must be a rep name of 1 to 100 characters, as the owner column writes it',
  })
  .openapi({ example: 'Ann Lee' });

/** The 10% rule on deal counts: won / committed, with its 0.9..1.1 check. */
const byDeals = (committed: number, won: number) => ({
  committed,
  won,
  ...forecastAccuracy(won, committed),
});

/** Whether a day falls in a period. */
const inPeriod = (day: number | undefined, period: { start: number; end: number }) =>
  day !== undefined && day >= period.start && day <= period.end;

export const forecastCalls = createRouter()
  .openapi(
    createRoute({
      method: 'put',
      path: '/v1/forecast-calls/{period}/{rep}',
      summary: "Store a rep's forecast call for a period",
      description:
        'Stores what the rep commits to win in the period (`commit`), with an optional best case and note; sending the call again replaces it. The rep is named as the pipeline\'s owner column writes it (case and outer spaces do not matter). Each write answers the call\'s new `version` (also the ETag header). Send `If-Match: "<version>"` to replace the call only while it is still at that version, or `If-None-Match: *` to store it only when the rep has none for the period; otherwise 412 and nothing is stored. A team keeps at most 1,000 calls per period (409).',
      security: [{ apiKey: [] }],
      middleware: [requireKey, rateLimit] as const,
      request: {
        params: z.object({
          period: Period.openapi({ param: { name: 'period', in: 'path' } }),
          rep: RepName.openapi({ param: { name: 'rep', in: 'path' } }),
        }),
        body: { required: true, content: { 'application/json': { schema: ForecastCallBody } } },
      },
      responses: {
        200: { description: 'Replaced', content: { 'application/json': { schema: ForecastCall } } },
        201: { description: 'Created', content: { 'application/json': { schema: ForecastCall } } },
        ...problemResponses(400, 401, 409, 412, 415, 429),
      },
    }),
    async (c) => {
      const params = c.req.valid('param');
      const body = c.req.valid('json');
      const period = parsePeriod(params.period, 'forecastCall');
      const rep = params.rep.trim();
      const condition = writePrecondition(
        c.req.header('if-match'),
        c.req.header('if-none-match'),
        'call',
      );
      const write = {
        period: period.label,
        rep,
        repKey: repKey(rep),
        commit: body.commit,
        bestCase: body.bestCase ?? null,
        note: body.note ?? null,
        updated: new Date().toISOString(),
      };
      const outcome = await putForecastCall(c.env, c.get('team'), write, condition);
      if (!outcome.applied) {
        if (outcome.reason === 'limit') {
          throw new ProblemError(
            'tooManyCalls',
            `The team already keeps ${MAX_CALLS_PER_PERIOD} forecast calls for ${period.label}; nothing was stored.`,
            [{ field: 'rep', value: rep, message: 'no room for another rep in this period' }],
          );
        }
        const stored =
          outcome.current === null
            ? `${rep} has no call for ${period.label}`
            : `the call of ${rep} for ${period.label} is at version ${outcome.current}`;
        const header = condition.ifVersion !== undefined ? 'If-Match' : 'If-None-Match';
        throw new ProblemError(
          'preconditionFailed',
          `${header} did not hold: ${stored}; nothing was stored. Read the calls again and retry.`,
          [
            {
              field: header,
              value: condition.ifVersion !== undefined ? etagOf(condition.ifVersion) : '*',
              message: stored,
            },
          ],
          outcome.current === null ? {} : { ETag: etagOf(outcome.current) },
        );
      }
      c.header('ETag', etagOf(outcome.version));
      return c.json(callOut({ ...write, version: outcome.version }), outcome.replaced ? 200 : 201);
    },
    callHook,
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/v1/forecast-calls',
      summary: "List the team's forecast calls of a period",
      security: [{ apiKey: [] }],
      middleware: [requireKey, readRateLimit] as const,
      request: { query: z.strictObject({ period: Period, ...languageQuery }) },
      responses: {
        200: {
          description: 'Calls of the period, by rep name',
          content: { 'application/json': { schema: ForecastCallList } },
        },
        ...problemResponses(400, 401, 429),
      },
    }),
    async (c) => {
      const period = parsePeriod(c.req.valid('query').period, 'forecastCalls');
      const calls = await readCalls(c.env, c.get('team'), period.label);
      return c.json({ period: period.label, calls: calls.map(callOut) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/v1/forecast-accuracy/reps',
      summary: "Each rep's forecast call against what they won in the period",
      description:
        "For each rep with a call for the period: the amount and count of deals they own that were won with a close date in the period, read from the team's newest snapshot dated in or after the period, against their committed call. Three measures: `ratio` = actual / call with `withinTarget` for the playbook's 0.9..1.1 band (null when the call is 0); `withinTenPercentOfActual` = |actual − call| ≤ 10% of actual; `hubspot` = max(0, 1 − |actual − call| / actual), which is 1 for a call of 0 with nothing won and 0 for any other call with nothing won. `byDeals` counts the same 10% rule by deals: `committed` = the rep's open deals in Commit expected to close in the period, read from the period's first snapshot; `won` = their deals won in the period; `ratio` = won / committed (null when committed is 0) with `withinTarget` for 0.9..1.1; `byDeals` is null when no snapshot is dated within the period. Deals are matched to a rep by their owner, ignoring case and outer spaces.",
      security: [{ apiKey: [] }],
      middleware: [requireKey, readRateLimit] as const,
      request: { query: z.strictObject({ period: Period, ...languageQuery }) },
      responses: {
        200: {
          description: 'Accuracy of each rep',
          content: { 'application/json': { schema: ForecastCallAccuracyReport } },
        },
        ...problemResponses(400, 401, 404, 429),
      },
    }),
    async (c) => {
      const team = c.get('team');
      const period = parsePeriod(c.req.valid('query').period, 'forecastAccuracy');
      const store = snapshotStore(c.env);
      const dates = await store.dates(team, period.start);
      const newest = dates.at(-1);
      if (newest === undefined) {
        throw new ProblemError(
          'notFound',
          `No snapshot dated in or after ${period.label} for this team.`,
        );
      }
      // The period's first snapshot, when one is dated within it, holds the Commit deals.
      const firstDay = dates[0] <= period.end ? dates[0] : undefined;
      const [calls, latest] = await Promise.all([
        readCalls(c.env, team, period.label),
        requireSnapshot(store, team, newest),
      ]);
      let first: typeof latest | undefined;
      if (firstDay !== undefined) {
        first = firstDay === newest ? latest : await requireSnapshot(store, team, firstDay);
      }
      // Accuracy by deals: the rep's open deals in Commit (as forecastCategory reads
      // them: stage, MEDDPICC cap, override) expected to close in the period, in its
      // first snapshot, against the count they won in it, by the same 10% rule.
      const committed = new Map<string, number>();
      for (const deal of first?.deals ?? []) {
        if (deal.owner === undefined || !inPeriod(deal.closeDate, period)) continue;
        const stage = first && findStage(first.stages, deal.stage);
        if (stage?.kind !== 'open') continue;
        if (dealForecastCategory(stage, deal) !== 'commit') continue;
        const key = repKey(deal.owner);
        committed.set(key, (committed.get(key) ?? 0) + 1);
      }
      const won = new Map<string, { won: number; count: number }>();
      const wonBy = (deal: Deal) => {
        if (deal.owner === undefined || !inPeriod(deal.closeDate, period)) return;
        if (findStage(latest.stages, deal.stage)?.kind !== 'won') return;
        const key = repKey(deal.owner);
        const entry = won.get(key) ?? { won: 0, count: 0 };
        entry.won += deal.amount ?? 0;
        entry.count += 1;
        won.set(key, entry);
      };
      for (const deal of latest.deals) wonBy(deal);
      const reps = calls.map((call) => {
        const actual = won.get(repKey(call.rep)) ?? { won: 0, count: 0 };
        return {
          rep: call.rep,
          call: { commit: call.commit, bestCase: call.bestCase, version: call.version },
          actual,
          accuracy: callAccuracy(actual.won, call.commit),
          byDeals: first ? byDeals(committed.get(repKey(call.rep)) ?? 0, actual.count) : null,
        };
      });
      return c.json(
        {
          period: { label: period.label, start: dayToIso(period.start), end: dayToIso(period.end) },
          actualAsOf: dayToIso(latest.asOf),
          reps,
        },
        200,
      );
    },
  );
