// DuckDB (@duckdb/node-api): read_csv into an in-memory table, then SQL for
// the same figures. The CASE expressions come from the stage table in
// figures.mjs. DuckDB reads the file itself and uses every core.

import { DuckDBInstance } from '@duckdb/node-api';
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

export const label = 'DuckDB';

const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const stageCase = (value) =>
  `CASE stage ${STAGES.map((s) => `WHEN ${quote(s.name)} THEN ${value(s)}`).join(' ')} END`;
const openIndexCase = (column) =>
  `CASE ${column} ${OPEN_STAGES.map((s, i) => `WHEN ${quote(s.name)} THEN ${i + 1}`).join(' ')} ELSE 1 END`;
const ident = (name) => `"${name}"`;

const total = MEDDPICC_COLUMNS.map((c) => `coalesce(${ident(c)}, 1)`).join(' + ');
const scored = MEDDPICC_COLUMNS.map((c) => `${ident(c)} IS NOT NULL`).join(' OR ');
const capRank = `CASE ${MEDDPICC_CAPS.map((c) => `WHEN ${total} >= ${c.min} THEN ${c.rank}`).join(' ')} END`;
const categoryOfOpen = `greatest(${stageCase((s) => (s.kind === 'open' ? baseRank(s) : 'NULL'))}, CASE WHEN ${scored} THEN ${capRank} ELSE 0 END)`;

const types = { amount: 'DOUBLE', created: 'DATE', close_date: 'DATE' };
for (const c of MEDDPICC_COLUMNS) types[c] = 'INTEGER';
for (const c of ['owner', 'source', 'stage', 'lost_at_stage']) types[c] = 'VARCHAR';
const typeList = Object.entries(types)
  .map(([k, v]) => `${quote(k)}: ${quote(v)}`)
  .join(', ');

const prepareSql = (path) => `
CREATE OR REPLACE TABLE d AS
SELECT
  ${stageCase((s) => quote(s.kind))} AS kind,
  stage,
  ${stageCase((s) => s.probability)}::DOUBLE AS prob,
  coalesce(amount, 0) AS amt,
  coalesce(trim(owner), '') AS owner_key,
  coalesce(trim(source), '') AS source_key,
  CASE ${stageCase((s) => quote(s.kind))}
    WHEN 'won' THEN ${FORECAST_CATEGORIES.indexOf('closed')}
    WHEN 'lost' THEN ${FORECAST_CATEGORIES.indexOf('omitted')}
    ELSE ${categoryOfOpen} END AS category,
  CASE WHEN created IS NOT NULL AND close_date IS NOT NULL THEN date_diff('day', created, close_date) END AS cycle,
  CASE ${stageCase((s) => quote(s.kind))}
    WHEN 'won' THEN ${WON_REACH}
    WHEN 'lost' THEN ${openIndexCase('lost_at_stage')}
    ELSE ${openIndexCase('stage')} END AS reach
FROM read_csv(${quote(path)}, header = true, types = {${typeList}})`;

const QUERIES = {
  totals: `SELECT kind, count(*)::DOUBLE AS n, sum(amt) AS amount, sum(amt * prob) AS weighted FROM d GROUP BY kind`,
  stages: `SELECT stage, count(*)::DOUBLE AS n, sum(amt) AS amount FROM d WHERE kind = 'open' GROUP BY stage`,
  owners: groupSql('owner_key'),
  sources: groupSql('source_key'),
  forecast: `SELECT category, count(*)::DOUBLE AS n, sum(amt) AS amount FROM d GROUP BY category`,
  cycles: `SELECT kind, avg(cycle) AS mean, median(cycle)::DOUBLE AS median FROM d WHERE kind <> 'open' AND cycle >= 0 GROUP BY kind`,
  funnel: `SELECT reach, count(*)::DOUBLE AS n FROM d GROUP BY reach`,
};

function groupSql(column) {
  return `SELECT ${column} AS key, count(*)::DOUBLE AS deals,
    count(*) FILTER (WHERE kind = 'open')::DOUBLE AS open,
    count(*) FILTER (WHERE kind = 'won')::DOUBLE AS won,
    count(*) FILTER (WHERE kind = 'lost')::DOUBLE AS lost,
    coalesce(sum(amt) FILTER (WHERE kind = 'won'), 0) AS won_amount,
    coalesce(sum(amt) FILTER (WHERE kind = 'lost'), 0) AS lost_amount
  FROM d GROUP BY ${column}`;
}

export async function setup(path) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return { connection, path };
}

export async function run({ connection, path }) {
  await connection.run(prepareSql(path));
  const rows = {};
  for (const [name, sql] of Object.entries(QUERIES)) {
    rows[name] = (await connection.runAndReadAll(sql)).getRowObjectsJS();
  }
  await connection.run('DROP TABLE d');
  return { figures: figuresFromGroups(rows), phases: {} };
}
