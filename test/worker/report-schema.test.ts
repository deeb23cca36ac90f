import { describe, expect, it } from 'vitest';
import { call, postJson } from './helpers';

interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}

interface Document {
  components: { schemas: Record<string, Schema> };
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content: Record<string, { schema: Schema }> }> }>
  >;
}

const CSV = [
  'Deal ID,Account,Owner,Source,Stage,Amount,Created,Close Date',
  'D-1,Acme,Ana,Referral,Closed Won,10000,2026-01-05,2026-02-04',
  'D-2,Beta,Ana,Inbound,Closed Lost,5000,2026-01-10,2026-03-01',
  'D-3,Cobalt,Ben,Inbound,Proposal,20000,2026-02-01,2026-04-30',
  'D-4,Delta,Ben,Referral,Negotiation,8000,2026-02-03,2026-04-15',
  'D-5,Echo,Ben,Referral,Engaging,3000,2026-02-03,2026-04-15',
  'D-6,Foxtrot,Ana,Inbound,Proposal,,2026-02-03,2026-01-15',
].join('\n');

/** The schemas a value may match: a $ref resolved, an anyOf/oneOf/allOf flattened. */
function alternatives(doc: Document, schema: Schema): Schema[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components.schemas[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return alternatives(doc, target);
  }
  const parts = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (parts) return parts.flatMap((part) => alternatives(doc, part));
  return [schema];
}

const described = (doc: Document, schema: Schema): boolean =>
  schema.description !== undefined ||
  (schema.$ref !== undefined &&
    described(doc, doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]!)) ||
  (schema.anyOf ?? schema.oneOf ?? schema.allOf ?? []).some((part) => described(doc, part));

/**
 * Walks a value against its schema and lists every path the schema does not
 * cover: an object key with no property (nor additionalProperties), and,
 * within `describeUnder`, a property with no description.
 */
function uncovered(doc: Document, value: unknown, schema: Schema, path: string): string[] {
  const options = alternatives(doc, schema);
  if (Array.isArray(value)) {
    const items = options.find((o) => o.items)?.items;
    if (!items) return [`${path}: an array the schema does not declare`];
    return value.flatMap((item, i) => uncovered(doc, item, items, `${path}[${i}]`));
  }
  if (value === null || typeof value !== 'object') return [];
  const objects = options.filter((o) => o.properties || o.additionalProperties);
  if (objects.length === 0) return [`${path}: an object the schema does not declare`];
  const out: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    const property = objects.map((o) => o.properties?.[key]).find(Boolean);
    const extra = objects.map((o) => o.additionalProperties).find((a) => typeof a === 'object');
    if (property) {
      if (path.startsWith('report') && !described(doc, property)) {
        out.push(`${path}.${key}: no description`);
      }
      out.push(...uncovered(doc, child, property, `${path}.${key}`));
    } else if (extra && typeof extra === 'object') {
      out.push(...uncovered(doc, child, extra, `${path}.${key}`));
    } else {
      out.push(`${path}.${key}: not in the schema`);
    }
  }
  return out;
}

describe('the report in /openapi.json', () => {
  it('lists the report and its parts as component schemas', async () => {
    const doc = (await (await call('/openapi.json')).json()) as Document;
    for (const name of [
      'AnalysisReport',
      'WinLoss',
      'WinLossGroup',
      'MonthTrendRow',
      'Pipeline',
      'StagePipeline',
      'UnmappedPipeline',
      'CountAmount',
      'Funnel',
      'FunnelStage',
      'Coverage',
      'AnalysisWarning',
    ]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    const result = doc.components.schemas.AnalyzeResult!;
    expect(result.properties?.report?.$ref).toBe('#/components/schemas/AnalysisReport');
  });

  it('describes every property of a real /v1/analyze answer', async () => {
    const res = await postJson('/v1/analyze', {
      csv: CSV,
      options: {
        asOf: '2026-03-31',
        groupBy: ['owner', 'source'],
        quota: 50000,
        winRateBand: 'mature',
      },
    });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as Record<string, unknown> & {
      report: { coverage?: unknown; winLoss: { byMonth: unknown[] }; warnings: unknown[] };
    };
    // The answer exercises the optional and list parts, so the walk reaches them.
    expect(answer.report.coverage).toBeDefined();
    expect(answer.report.winLoss.byMonth.length).toBeGreaterThan(0);
    expect(answer.report.warnings.length).toBeGreaterThan(0);

    const doc = (await (await call('/openapi.json')).json()) as Document;
    const schema =
      doc.paths['/v1/analyze']!.post!.responses['200']!.content['application/json']!.schema;
    expect(uncovered(doc, answer, schema, 'answer')).toEqual([]);
    expect(
      uncovered(doc, answer.report, { $ref: '#/components/schemas/AnalysisReport' }, 'report'),
    ).toEqual([]);
  });
});
