import { createRoute, z } from '@hono/zod-openapi';
import { analysisOptions } from '../../../shared/analysis/analysis-options';
import { dealKey } from '../../../shared/snapshots/deal-key';
import { requireKey } from '../auth';
import { dayToIso, isoToDay } from '../days';
import { ingestPipeline } from '../ingest';
import { stageTableOf } from '../options';
import { groupSamples, ProblemError } from '../problem';
import { rateLimit, readRateLimit } from '../rate-limit';
import { createRouter } from '../router';
import { IsoDate, problemResponses, SnapshotBodySchema, SnapshotList } from '../schemas';
import {
  checkSnapshotSize,
  snapshotLimits,
  teamStorageFull,
  tooManySnapshots,
} from '../snapshot-limits';
import { storedReports } from '../storage/monthly';
import { snapshotStore } from '../storage/snapshot-store';
import { summarize } from '../storage/summary';
import { matchedVersion, writePrecondition } from '../write-precondition';

/** A version as an ETag: `3` → `"3"`. */
const etagOf = (version: number) => `"${version}"`;

/** The 412 problem of a write whose condition did not hold. */
function preconditionFailed(
  date: string,
  condition: { ifVersion?: number; ifAbsent?: boolean },
  current: number | null,
): ProblemError {
  if (condition.ifVersion !== undefined) {
    const stored =
      current === null
        ? `there is no snapshot of ${date}`
        : `the snapshot of ${date} is at version ${current}`;
    return new ProblemError(
      'preconditionFailed',
      `If-Match asked for version ${condition.ifVersion}, but ${stored}; nothing was stored. Read the snapshots again and retry.`,
      [{ field: 'If-Match', value: etagOf(condition.ifVersion), message: stored }],
      current === null ? {} : { ETag: etagOf(current) },
    );
  }
  return new ProblemError(
    'preconditionFailed',
    `If-None-Match: * refuses to replace the snapshot of ${date} (version ${current ?? 0}); nothing was stored.`,
    [{ field: 'If-None-Match', value: '*', message: `the snapshot of ${date} exists` }],
    current === null ? {} : { ETag: etagOf(current) },
  );
}

const SnapshotSaved = z
  .object({
    asOf: z.string(),
    deals: z.number().int(),
    replaced: z.boolean().openapi({ description: 'Whether a snapshot of that date was replaced' }),
    version: z.number().int().openapi({
      description:
        'Version of the stored snapshot: 1 when first stored, one more on each write of the date. Also sent as the ETag header; send it back as If-Match to replace only that version.',
    }),
  })
  .openapi('SnapshotSaved');

export const snapshots = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/v1/snapshots',
      summary: "Store a dated snapshot of the team's pipeline",
      description:
        'Reads the pipeline like /v1/analyze and stores its deals for the date. Posting the same date again replaces that snapshot. A pipeline with any bad cell is refused as a whole (422, every bad cell listed) so the history only holds clean data. Each write answers the snapshot\'s new `version` (also the ETag header). Send `If-Match: "<version>"` to replace the date only while it is still at that version, or `If-None-Match: *` to store it only when the date has none; otherwise 412 and nothing is stored. Limits: MAX_DEAL_BYTES per deal (413), MAX_DEALS_PER_SNAPSHOT (422), MAX_SNAPSHOTS_PER_TEAM new dates (409), MAX_TEAM_STORAGE_BYTES of stored snapshots per team (409; the problem gives the team\'s size and what the write would add).',
      security: [{ apiKey: [] }],
      middleware: [requireKey, rateLimit] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: SnapshotBodySchema } } },
      },
      responses: {
        200: {
          description: 'Replaced',
          content: { 'application/json': { schema: SnapshotSaved } },
        },
        201: { description: 'Created', content: { 'application/json': { schema: SnapshotSaved } } },
        ...problemResponses(400, 401, 409, 412, 413, 415, 422, 429),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const team = c.get('team');
      const asOf = isoToDay(body.asOf, 'asOf');
      const precondition = writePrecondition(
        c.req.header('if-match'),
        c.req.header('if-none-match'),
        'snapshot',
      );
      const given = body.options?.stages;
      const result = ingestPipeline(
        body,
        analysisOptions(body.options, asOf, given ? stageTableOf(given) : undefined).ingest,
      );
      if (result.errorCount > 0) {
        throw new ProblemError(
          'invalidData',
          `${result.errorCount} cell(s) could not be read; nothing was stored.`,
          groupSamples(result.errorGroups),
        );
      }
      if (result.unmappedStages.length > 0) {
        const names = result.unmappedStages.map((u) => `"${u.name}" (${u.count})`).join(', ');
        throw new ProblemError(
          'invalidData',
          `Deals have stages the stage table does not know: ${names}. A snapshot keeps only known stages so later comparisons hold; send options.stageMapping or options.stages. Nothing was stored.`,
          result.unmappedStages.map((u) => ({
            row: u.rows[0] ?? 0,
            field: 'stage',
            value: u.name,
            message: u.suggested
              ? `unknown stage on ${u.count} deal(s); it looks like ${u.suggested.stage}`
              : `unknown stage on ${u.count} deal(s)`,
          })),
        );
      }
      if (result.deals.length === 0) {
        throw new ProblemError('emptyInput', 'The pipeline has a header but no deals.');
      }
      const limits = snapshotLimits(c.env);
      const json = result.deals.map((deal) => JSON.stringify(deal));
      checkSnapshotSize(
        limits,
        result.deals.map((deal, i) => ({ row: deal.row, key: dealKey(deal), data: json[i] })),
      );
      const stored = { asOf, deals: result.deals, stages: result.stages };
      const outcome = await snapshotStore(c.env).save(
        team,
        {
          asOf,
          stages: [...result.stages.stages],
          created: new Date().toISOString(),
          deals: result.deals,
          summary: summarize(stored),
          reports: storedReports(stored),
          dealBytes: json.map((text) => text.length),
        },
        {
          maxSnapshots: limits.maxSnapshotsPerTeam,
          maxBytes: limits.maxTeamStorageBytes,
          ...precondition,
        },
      );
      if (!outcome.applied) {
        if (outcome.reason === 'limit') throw tooManySnapshots(limits.maxSnapshotsPerTeam);
        if (outcome.reason === 'storage') {
          throw teamStorageFull(limits.maxTeamStorageBytes, outcome.size, outcome.adds);
        }
        throw preconditionFailed(body.asOf, precondition, outcome.current);
      }
      c.header('ETag', etagOf(outcome.version));
      return c.json(
        {
          asOf: dayToIso(asOf),
          deals: result.deals.length,
          replaced: outcome.replaced,
          version: outcome.version,
        },
        outcome.replaced ? 200 : 201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/v1/snapshots',
      summary: "List the team's snapshots",
      security: [{ apiKey: [] }],
      middleware: [requireKey, readRateLimit] as const,
      responses: {
        200: {
          description: 'Snapshots, oldest first',
          content: { 'application/json': { schema: SnapshotList } },
        },
        ...problemResponses(401, 429),
      },
    }),
    async (c) => {
      const list = await snapshotStore(c.env).list(c.get('team'));
      return c.json(
        {
          snapshots: list.map((s) => ({
            asOf: dayToIso(s.asOf),
            deals: s.dealCount,
            version: s.version,
          })),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/v1/snapshots/{date}',
      summary: "Delete one of the team's snapshots",
      description:
        'Deletes the snapshot of the date with its deals, trend figures and monthly reports, so the history routes no longer see it and it no longer counts against MAX_SNAPSHOTS_PER_TEAM or MAX_TEAM_STORAGE_BYTES. Send `If-Match: "<version>"` to delete it only while it is still at that version (412 otherwise, also when the date has no snapshot). Without If-Match, a date the team has no snapshot of answers 404.',
      security: [{ apiKey: [] }],
      middleware: [requireKey, rateLimit] as const,
      request: {
        params: z.object({
          date: IsoDate.openapi({
            param: { name: 'date', in: 'path' },
            description: 'Date of the snapshot, YYYY-MM-DD',
          }),
        }),
        headers: z.object({
          'if-match': z.string().optional().openapi({
            description: 'The version to delete, as the ETag header gave it ("3")',
            example: '"3"',
          }),
        }),
      },
      responses: {
        204: { description: 'Deleted' },
        ...problemResponses(400, 401, 404, 412, 429),
      },
    }),
    async (c) => {
      const { date } = c.req.valid('param');
      const asOf = isoToDay(date, 'date');
      const ifMatch = c.req.header('if-match');
      if (c.req.header('if-none-match') !== undefined) {
        throw new ProblemError(
          'invalidRequest',
          'A delete accepts If-Match only, not If-None-Match.',
          [{ field: 'If-None-Match', message: 'not accepted by a delete' }],
        );
      }
      const ifVersion = ifMatch === undefined ? undefined : matchedVersion(ifMatch, 'snapshot');
      const outcome = await snapshotStore(c.env).removeIf(c.get('team'), asOf, ifVersion);
      if (outcome.removed) return c.body(null, 204);
      if (outcome.reason === 'precondition' && ifVersion !== undefined) {
        const stored =
          outcome.current === null
            ? `there is no snapshot of ${date}`
            : `the snapshot of ${date} is at version ${outcome.current}`;
        throw new ProblemError(
          'preconditionFailed',
          `If-Match asked for version ${ifVersion}, but ${stored}; nothing was deleted. Read the snapshots again and retry.`,
          [{ field: 'If-Match', value: etagOf(ifVersion), message: stored }],
          outcome.current === null ? {} : { ETag: etagOf(outcome.current) },
        );
      }
      throw new ProblemError('notFound', `No snapshot dated ${date} for this team.`, [
        { field: 'date', value: date, message: `there is no snapshot of ${date}` },
      ]);
    },
  );
