import type { WrittenTab } from '../review/weekly-review-types';
import { loadSettings } from '../settings/load-settings';
import { writeNewTab } from '../sheet/write-new-tab';
import type { ChangesTabLayout } from './changes-types';

const isCell = (c: unknown) => Number.isFinite(c) || ['string', 'boolean'].includes(typeof c);

/**
 * Writes the pipeline changes the sidebar laid out (see `changesTabLayout`)
 * to a new tab, "Changes 2026-11-02 – 2026-11-20" (管道变化 in Chinese; a free
 * name when taken), with two native charts to the right of the tables: win
 * rate by month (line) and open against weighted pipeline by month (column).
 * Nothing is written unless both dates and every cell are well formed, and no
 * existing tab is touched.
 *
 * @param from - the earlier snapshot date, YYYY-MM-DD
 * @param to - the later snapshot date, YYYY-MM-DD
 * @param tab - the cells, title rows and trends table, as laid out by the sidebar
 * @returns the new tab's name
 * @throws Error `writeChangesTab: …` naming the malformed part
 */
export function writeChangesTab(from: string, to: string, tab: ChangesTabLayout): WrittenTab {
  const { rows, titles, trends } = (tab || {}) as ChangesTabLayout;
  const n = Array.isArray(rows) ? rows.length : 0;
  const bad = n ? rows.findIndex((row) => !Array.isArray(row) || !row.every(isCell)) : 0;
  const inside = (r: unknown) => Number.isInteger(r) && (r as number) > 0 && (r as number) <= n;
  const day = /^\d{4}-\d\d-\d\d$/;
  const problem =
    !day.test(from) || !day.test(to) || to < from
      ? `dates must be YYYY-MM-DD, from first (got ${from}, ${to})`
      : bad >= 0
        ? `row ${bad + 1} must be text, number or yes/no cells`
        : !Array.isArray(titles) ||
            !titles.every(inside) ||
            !inside(trends?.headerRow) ||
            !(trends.rows >= 0 && inside(trends.headerRow + trends.rows)) ||
            rows[trends.headerRow - 1].length < 6
          ? `titles or trends outside the ${n} rows`
          : '';
  if (problem) throw new Error(`writeChangesTab: ${problem}`);
  const zh = loadSettings().language === 'zh';
  const sheet = writeNewTab(`${zh ? '管道变化' : 'Changes'} ${from} – ${to}`, rows);
  for (const row of titles) sheet.getRange(row, 1).setFontWeight('bold');
  const header = rows[trends.headerRow - 1];
  [
    [Charts.ChartType.LINE, 1, 2],
    [Charts.ChartType.COLUMN, 1, 5, 6],
  ].forEach(([type, ...columns], i) => {
    if (!trends.rows) return;
    if (!i) sheet.getRange(trends.headerRow + 1, 2, trends.rows).setNumberFormat('0%');
    const builder = sheet.newChart().setChartType(type as GoogleAppsScript.Charts.ChartType);
    for (const column of columns) {
      builder.addRange(sheet.getRange(trends.headerRow, column as number, trends.rows + 1));
    }
    sheet.insertChart(
      builder
        .setNumHeaders(1)
        .setPosition(1 + 20 * i, 10, 0, 0)
        .setOption(
          'title',
          columns
            .slice(1)
            .map((c) => header[+c - 1])
            .join(' / '),
        )
        .build(),
    );
  });
  return { sheetName: sheet.getName() };
}
