import { headerKey } from '../../../shared/ingest/header-key';
import { cellText } from '../lib/cell-text';
import { dateCell } from '../lib/date-cell';
import type { PlanRow } from './scorecard-types';

/** Tab names that hold the mutual action plans, one row per deal and step. */
export const PLAN_TAB_NAMES: readonly string[] = ['Mutual action plan', '双方行动计划'];

/**
 * The plan tab's columns in order (Deal, Step, Owner, Date, Status, Notes),
 * each with its header words; the first English and Chinese words are what a
 * new tab gets.
 */
export const PLAN_HEADERS: readonly (readonly string[])[] = [
  ['Deal', '交易'],
  ['Step', '步骤'],
  ['Owner', '负责人'],
  ['Date', '日期'],
  ['Status', '状态'],
  ['Notes', '备注'],
];

/** 0-based columns of Deal, Step, Owner, Date, Status and Notes by header (English or Chinese); -1 when missing. */
export function planColumns(header: readonly unknown[]): number[] {
  const keys = header.map((cell) => headerKey(String(cell ?? '')));
  return PLAN_HEADERS.map((words) => {
    const wanted = words.map(headerKey);
    return keys.findIndex((k) => wanted.includes(k));
  });
}

/** The mutual action plan tab, or null. */
export function findPlanTab(): GoogleAppsScript.Spreadsheet.Sheet | null {
  const book = SpreadsheetApp.getActive();
  for (const name of PLAN_TAB_NAMES) {
    const sheet = book.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/**
 * The rows of a deal in the plan tab's values (header first), by 1-based
 * sheet row, dates as YYYY-MM-DD. A tab without Deal and Step columns has none.
 */
export function dealPlanRows(
  values: readonly (readonly unknown[])[],
  key: string,
): { row: number; plan: PlanRow }[] {
  const [deal, step, owner, date, status] = planColumns(values[0] ?? []);
  const at = (cells: readonly unknown[], c: number) => (c < 0 ? '' : cellText(dateCell(cells[c])));
  const out: { row: number; plan: PlanRow }[] = [];
  values.forEach((cells, i) => {
    if (i > 0 && deal >= 0 && step >= 0 && cellText(cells[deal]) === key) {
      out.push({
        row: i + 1,
        plan: {
          step: at(cells, step),
          owner: at(cells, owner),
          date: at(cells, date),
          status: at(cells, status),
        },
      });
    }
  });
  return out;
}
