// arquero: fromCSV on the same text, then derive + rollup for the same
// figures. The expressions are built from the stage table in figures.mjs.

import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import {
  baseRank,
  FORECAST_CATEGORIES,
  figuresFromGroups,
  MEDDPICC_CAPS,
  MEDDPICC_COLUMNS,
  OPEN_STAGES,
  STAGES,
  WON_REACH,
} from '../figures.mjs';

export const label = 'arquero';

const { op } = aq;
const quote = (text) => JSON.stringify(text);
/** `value(stage)` chosen by the stage column, as one nested conditional. */
const byStage = (column, list, value, otherwise) =>
  list.reduceRight(
    (rest, s) => `((${column}) === ${quote(s.name)} ? ${value(s)} : ${rest})`,
    otherwise,
  );

const day = (text) => (text === '' || text == null ? null : Date.parse(text) / 86400000);
const number = (text) => (text === '' || text == null ? null : Number(text));
const parse = { created: day, close_date: day, amount: number };
for (const c of MEDDPICC_COLUMNS) parse[c] = number;
for (const c of ['owner', 'source', 'stage', 'lost_at_stage']) parse[c] = (t) => t ?? '';

const total = MEDDPICC_COLUMNS.map((c) => `(d.${c} == null ? 1 : d.${c})`).join(' + ');
const scored = MEDDPICC_COLUMNS.map((c) => `d.${c} != null`).join(' || ');
const capRank = MEDDPICC_CAPS.reduceRight(
  (rest, c) => `(t >= ${c.min} ? ${c.rank} : ${rest})`,
  String(MEDDPICC_CAPS.at(-1).rank),
);

const DERIVE = {
  kind: `d => ${byStage('d.stage', STAGES, (s) => quote(s.kind), 'null')}`,
  prob: `d => ${byStage('d.stage', STAGES, (s) => s.probability, 'null')}`,
  amt: 'd => d.amount == null ? 0 : d.amount',
  owner_key: 'd => d.owner == null ? "" : op.trim(d.owner)',
  source_key: 'd => d.source == null ? "" : op.trim(d.source)',
  total: `d => ${total}`,
  scored: `d => ${scored}`,
};
const DERIVE2 = {
  base: `d => ${byStage('d.stage', OPEN_STAGES, baseRank, 'null')}`,
  cycle:
    'd => d.kind !== "open" && d.created != null && d.close_date != null ? d.close_date - d.created : null',
  reach: `d => d.kind === "won" ? ${WON_REACH} : ${byStage(
    'd.kind === "lost" ? d.lost_at_stage : d.stage',
    OPEN_STAGES,
    (s) => OPEN_STAGES.indexOf(s) + 1,
    '1',
  )}`,
};
const CATEGORY = {
  category: `d => d.kind === "won" ? ${FORECAST_CATEGORIES.indexOf('closed')} : d.kind === "lost" ? ${FORECAST_CATEGORIES.indexOf('omitted')} : op.greatest(d.base, d.scored ? ${capRank.replaceAll('t >=', 'd.total >=')} : 0)`,
};

export async function setup(path) {
  return { text: readFileSync(path, 'utf8') };
}

export async function run({ text }) {
  const table = aq.fromCSV(text, { parse }).derive(DERIVE).derive(DERIVE2).derive(CATEGORY);

  const totals = table
    .groupby('kind')
    .rollup({ n: op.count(), amount: op.sum('amt'), weighted: 'd => op.sum(d.amt * d.prob)' })
    .objects();
  const stages = table
    .filter((d) => d.kind === 'open')
    .groupby('stage')
    .rollup({ n: op.count(), amount: op.sum('amt') })
    .objects();
  const group = (column) =>
    table
      .groupby(column)
      .rollup({
        deals: op.count(),
        open: 'd => op.sum(d.kind === "open" ? 1 : 0)',
        won: 'd => op.sum(d.kind === "won" ? 1 : 0)',
        lost: 'd => op.sum(d.kind === "lost" ? 1 : 0)',
        won_amount: 'd => op.sum(d.kind === "won" ? d.amt : 0)',
        lost_amount: 'd => op.sum(d.kind === "lost" ? d.amt : 0)',
      })
      .objects();
  const owners = group('owner_key');
  const sources = group('source_key');
  const forecast = table
    .groupby('category')
    .rollup({ n: op.count(), amount: op.sum('amt') })
    .objects();
  const cycles = table
    .filter((d) => d.cycle != null && d.cycle >= 0)
    .groupby('kind')
    .rollup({ mean: op.mean('cycle'), median: op.median('cycle') })
    .objects();
  const funnel = table.groupby('reach').count({ as: 'n' }).objects();

  const keyed = (rows, column) => rows.map(({ [column]: key, ...rest }) => ({ key, ...rest }));
  const figures = figuresFromGroups({
    totals,
    stages,
    owners: keyed(owners, 'owner_key'),
    sources: keyed(sources, 'source_key'),
    forecast,
    cycles,
    funnel,
  });
  return { figures, phases: {} };
}
