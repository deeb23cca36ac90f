import { addonText } from '../../../shared/content/index';
import type { Language } from '../../../shared/types';
import { cellText } from '../lib/cell-text';
import {
  dealPlanRows,
  findPlanTab,
  PLAN_HEADERS,
  PLAN_TAB_NAMES,
  planColumns,
} from './action-plan-tab';
import type { PlanEdit, PlanRow } from './scorecard-types';

/** A typed text kept as text: Sheets would read "=…", "+86…" or "-" as a formula or number. */
export const asText = (text: string): string => (/^[=+\-@']/.test(text) ? `'${text}` : text);

const cells = (r: PlanRow) => [r.owner, r.date, r.status];
const same = (a: PlanRow, b: PlanRow) => cells(a).join('\n') === cells(b).join('\n');

/**
 * Plans the writes of a deal's mutual action plan steps into the plan tab
 * ("Mutual action plan" / "双方行动计划": Deal, Step, Owner, Date, Status,
 * Notes; one row per deal and step). A step's row is found by the deal key
 * and the step as the sidebar saw it; only its Owner, Date and Status cells
 * are written, so Notes and every other row stay as they are. A step without
 * a row gets one at the end (blank steps none); the tab is made when
 * missing. Call under the document lock; nothing is written until the
 * returned function runs.
 *
 * @throws Error when a step's row changed since the sidebar read it, or the
 *   tab lacks one of the Deal, Step, Owner, Date and Status columns
 */
export function planWrites(
  key: string,
  edits: readonly PlanEdit[],
  language: Language,
): () => void {
  const zh = language === 'zh' ? 1 : 0;
  const tab = findPlanTab();
  // A tab that is still empty gets the header, like a new one.
  const empty = !tab || tab.getLastRow() === 0;
  const header = empty
    ? PLAN_HEADERS.map((words) => words[zh])
    : tab.getRange(1, 1, 1, tab.getLastColumn()).getValues()[0];
  const c = planColumns(header);
  if (c.slice(0, 5).some((col) => col < 0)) {
    // Only a tab the team made can lack them: a new one gets every column.
    const name = tab!.getName();
    const names = PLAN_HEADERS.slice(0, 5).map((w) => w[zh]);
    throw new Error(
      zh
        ? `“${name}”工作表需要这些列：${names.join('、')}`
        : `The "${name}" tab needs these columns: ${names.join(', ')}`,
    );
  }
  const rows = tab ? dealPlanRows(tab.getDataRange().getValues(), key) : [];
  const updates: { row: number; plan: PlanRow }[] = [];
  const appends: string[][] = [];
  for (const edit of edits) {
    const found = rows.find((r) => r.plan.step === (edit.original || edit).step);
    if (edit.original ? !found || !same(found.plan, edit.original) : found) {
      throw new Error(addonText('changedMeanwhile', language));
    }
    if (found && !same(found.plan, edit)) updates.push({ row: found.row, plan: edit });
    if (!found && cells(edit).join('') !== '') {
      const line = header.map(() => '');
      [key, edit.step, ...cells(edit)].forEach((text, i) => {
        line[c[i]] = asText(text);
      });
      appends.push(line);
    }
  }
  return () => {
    if (appends.length === 0 && updates.length === 0) return;
    let sheet = tab;
    if (!sheet) {
      const book = SpreadsheetApp.getActive();
      const active = book.getActiveSheet();
      sheet = book.insertSheet(PLAN_TAB_NAMES[zh]);
      book.setActiveSheet(active);
    }
    if (empty) {
      sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
      sheet.setFrozenRows(1);
    }
    for (const { row, plan } of updates) {
      sheet.getRange(row, c[2] + 1).setValue(asText(plan.owner));
      sheet.getRange(row, c[3] + 1).setValue(plan.date);
      sheet.getRange(row, c[4] + 1).setValue(asText(plan.status));
    }
    if (appends.length > 0) {
      sheet.getRange(sheet.getLastRow() + 1, 1, appends.length, header.length).setValues(appends);
    }
  };
}

/** A plan step from the sidebar, its texts trimmed and a new date checked. */
export function readPlanEdit(edit: PlanEdit): PlanEdit {
  const clip = (r: PlanRow): PlanRow => ({
    step: cellText(r.step),
    owner: cellText(r.owner),
    date: cellText(r.date),
    status: cellText(r.status),
  });
  const out = { ...clip(edit), original: edit.original ? clip(edit.original) : null };
  // A date the tab already holds (even "end of May") stays; a new one must be a day.
  if (out.date !== '' && out.date !== out.original?.date && !/^\d{4}-\d{2}-\d{2}$/.test(out.date)) {
    throw new Error(`saveScorecard: plan date "${out.date}" must be YYYY-MM-DD`);
  }
  return out;
}
