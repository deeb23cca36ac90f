import { createRoute, z } from '@hono/zod-openapi';
import { dealKey } from '../../../shared/snapshots/deal-key';
import { listSnapshots, replaceSnapshot } from '../../db/snapshots';
import { requireKey } from '../auth';
import { dayToIso, isoToDay } from '../days';
import { analysisOptions } from '../../../shared/analysis/analysis-options';
import { ingestPipeline } from '../ingest';
import { stageTableOf } from '../options';
import { groupSamples, ProblemError } from '../problem';
import { rateLimit } from '../rate-limit';
import { createRouter } from '../router';
import { problemResponses, SnapshotBodySchema } from '../schemas';

const SnapshotSaved = z
  .object({
    asOf: z.string(),
    deals: z.number().int(),
    replaced: z.boolean().openapi({ description: 'Whether a snapshot of that date was replaced' }),
  })
  .openapi('SnapshotSaved');

const SnapshotList = z
  .object({ snapshots: z.array(z.object({ asOf: z.string(), deals: z.number().int() })) })
  .openapi('SnapshotList');

export const snapshots = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/v1/snapshots',
      summary: "Store a dated snapshot of the team's pipeline",
      description:
        'Reads the pipeline like /v1/analyze and stores its deals for the date. Posting the same date again replaces that snapshot. A pipeline with any bad cell is refused as a whole (422, every bad cell listed) so the history only holds clean data.',
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
        ...problemResponses(400, 401, 413, 415, 422, 429),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const team = c.get('team');
      const asOf = isoToDay(body.asOf, 'asOf');
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
      const stages = result.stages;
      const replaced = await replaceSnapshot(
        c.env.DB,
        { team, asOf, stages: [...stages.stages], created: new Date().toISOString() },
        result.deals.map((deal) => ({ key: dealKey(deal), deal })),
      );
      return c.json(
        { asOf: dayToIso(asOf), deals: result.deals.length, replaced },
        replaced ? 200 : 201,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/v1/snapshots',
      summary: "List the team's snapshots",
      security: [{ apiKey: [] }],
      middleware: [requireKey] as const,
      responses: {
        200: {
          description: 'Snapshots, oldest first',
          content: { 'application/json': { schema: SnapshotList } },
        },
        ...problemResponses(401),
      },
    }),
    async (c) => {
      const list = await listSnapshots(c.env.DB, c.get('team'));
      return c.json(
        { snapshots: list.map((s) => ({ asOf: dayToIso(s.asOf), deals: s.dealCount })) },
        200,
      );
    },
  );
