import { OPEN_FORECAST_CATEGORIES } from '../forecast/forecast-order';
import { parseForecastCategory } from '../forecast/parse-forecast-category';
import { PlaybookError, type StageDefinition, type StageKind } from '../types';

const KIND_WORDS = new Map<string, StageKind>(
  Object.entries({
    open: 'open',
    进行中: 'open',
    开放: 'open',
    won: 'won',
    win: 'won',
    赢单: 'won',
    成交: 'won',
    lost: 'lost',
    loss: 'lost',
    输单: 'lost',
    失败: 'lost',
  }),
);

type Column =
  | 'name'
  | 'probability'
  | 'kind'
  | 'aliases'
  | 'averageDays'
  | 'nameZh'
  | 'forecast'
  | 'exitCriterion'
  | 'exitCriterionZh';

const HEADER_WORDS = new Map<string, Column>(
  Object.entries({
    name: 'name',
    stage: 'name',
    阶段: 'name',
    名称: 'name',
    probability: 'probability',
    prob: 'probability',
    概率: 'probability',
    kind: 'kind',
    type: 'kind',
    类型: 'kind',
    aliases: 'aliases',
    alias: 'aliases',
    别名: 'aliases',
    averagedays: 'averageDays',
    avgdays: 'averageDays',
    平均天数: 'averageDays',
    namezh: 'nameZh',
    chinesename: 'nameZh',
    中文名: 'nameZh',
    中文名称: 'nameZh',
    forecast: 'forecast',
    forecastcategory: 'forecast',
    预测类别: 'forecast',
    exitcriterion: 'exitCriterion',
    推进标准: 'exitCriterion',
    exitcriterionzh: 'exitCriterionZh',
    中文推进标准: 'exitCriterionZh',
  }),
);

const POSITIONAL: readonly Column[] = ['name', 'probability', 'kind', 'aliases', 'averageDays'];

const text = (value: unknown): string => (value == null ? '' : String(value).trim());
const headerKey = (value: unknown): string =>
  text(value)
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

function parseProbability(value: unknown): number | null {
  if (typeof value === 'number') return value > 1 ? value / 100 : value;
  const raw = text(value);
  if (raw === '') return null;
  const percent = raw.endsWith('%');
  const number = Number(percent ? raw.slice(0, -1).trim() : raw);
  if (!Number.isFinite(number)) return null;
  return percent || number > 1 ? number / 100 : number;
}

/**
 * Reads a team's stage table from a sheet range or JSON rows (playbook §1:
 * the stage table is configuration). Columns are `name, probability, kind,
 * aliases, average days` by position, or named by an optional header row
 * (English or Chinese, plus `name zh` for the Chinese name and `forecast` for
 * an open stage's base forecast category, playbook §3, and `exit criterion` /
 * `exit criterion zh` (退出标准) for what moves a deal on, §1; without it a stage named
 * like a playbook stage keeps the playbook's category, see `createStageTable`). Probability may
 * be a fraction (0.5), a percentage number (50) or text ("50%"); kind is
 * open/won/lost (or 进行中/赢单/输单); aliases are comma-separated. Blank rows
 * are skipped. Order follows the rows.
 *
 * @param rows - the range's values, header row optional
 * @param fn - the caller's name, which starts every error message
 * @returns stage definitions ready for `createStageTable`
 * @throws PlaybookError naming the row and column of the first bad cell
 * @example
 * parseStageTable([['Intro', 0.1, 'open'], ['Signed', 1, 'won']], 'STAGE_PROBABILITY')[1].kind // => 'won'
 */
export function parseStageTable(
  rows: readonly (readonly unknown[])[],
  fn: string,
): StageDefinition[] {
  let columns = POSITIONAL;
  let start = 0;
  const first = rows[0];
  if (
    first &&
    parseProbability(first[1]) === null &&
    first.some((c) => HEADER_WORDS.has(headerKey(c)))
  ) {
    columns = first.map((cell) => HEADER_WORDS.get(headerKey(cell)) ?? ('' as Column));
    start = 1;
    for (const needed of ['name', 'probability', 'kind'] as const) {
      if (!columns.includes(needed)) {
        throw new PlaybookError(`${fn}: stage table header has no "${needed}" column`);
      }
    }
  }

  const stages: StageDefinition[] = [];
  for (let r = start; r < rows.length; r++) {
    const row = rows[r];
    const cells: Partial<Record<Column, unknown>> = {};
    columns.forEach((column, c) => {
      if (column) cells[column] = row[c];
    });
    // A row with nothing in the table's own columns (a note in a column of the team's) is no stage.
    if (columns.every((column, c) => !column || text(row[c]) === '')) continue;

    const at = (column: Column) => `row ${r + 1}, column ${columns.indexOf(column) + 1}`;
    const fail = (column: Column, what: string): never => {
      throw new PlaybookError(`${fn}: stage table ${at(column)}: ${what}`, [
        { row: r + 1, column, value: text(cells[column]), message: what },
      ]);
    };

    const name = text(cells.name);
    if (name === '') fail('name', 'stage name is blank');
    const probability = parseProbability(cells.probability);
    if (probability === null || probability < 0 || probability > 1) {
      fail(
        'probability',
        `probability must be between 0 and 1 or 0% and 100% (got "${text(cells.probability)}")`,
      );
    }
    const kindText = text(cells.kind).toLowerCase();
    const kind = kindText === '' ? 'open' : KIND_WORDS.get(kindText);
    if (!kind) fail('kind', `kind must be open, won or lost (got "${text(cells.kind)}")`);
    const averageDaysText = text(cells.averageDays);
    const averageDays = averageDaysText === '' ? undefined : Number(averageDaysText);
    if (averageDays !== undefined && !(averageDays > 0)) {
      fail('averageDays', `average days must be a positive number (got "${averageDaysText}")`);
    }
    const nameZh = text(cells.nameZh);
    const forecastText = kind === 'open' ? text(cells.forecast) : '';
    const forecast = forecastText === '' ? undefined : parseForecastCategory(forecastText);
    if (forecastText !== '' && !OPEN_FORECAST_CATEGORIES.some((open) => open === forecast)) {
      fail(
        'forecast',
        `forecast must be Commit, Best Case, Pipeline or Upside (got "${forecastText}")`,
      );
    }
    const exitCriterion = text(cells.exitCriterion);
    const exitCriterionZh = text(cells.exitCriterionZh);
    stages.push({
      name,
      ...(nameZh ? { nameZh } : {}),
      ...(exitCriterion ? { exitCriterion } : {}),
      ...(exitCriterionZh ? { exitCriterionZh } : {}),
      aliases: text(cells.aliases)
        .split(/[,，]/)
        .map((alias) => alias.trim())
        .filter(Boolean),
      order: stages.length + 1,
      probability: probability as number,
      kind: kind as StageKind,
      ...(averageDays !== undefined ? { averageDays } : {}),
      ...(forecast !== undefined ? { forecast } : {}),
    });
  }
  if (stages.length === 0) throw new PlaybookError(`${fn}: the stage table is empty`);
  return stages;
}
