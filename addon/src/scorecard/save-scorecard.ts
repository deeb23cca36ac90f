import { addonText } from '../../../shared/content/index';
import {
  detectColumns,
  meddpiccTotal,
  parseMeddpiccScores,
  STALLED_CHECKLIST,
} from '../../../shared/index';
import type { ChecklistItem } from '../../../shared/types';
import { cellText } from '../lib/cell-text';
import { loadSettings } from '../settings/load-settings';
import { checklistColumn } from '../sheet/checklist-column';
import { findPipelineSheet } from '../sheet/find-pipeline-sheet';
import { mergeChecklistCell } from './checklist-cell';
import { asText, planWrites, readPlanEdit } from './plan-writes';
import { columnOf, ROLE_HEADER } from './role-columns';
import { scoreColumns } from './score-columns';
import type { ScorecardInput, ScorecardSaved } from './scorecard-types';

/** Groups sorted 0-based columns into runs of neighbours, so each run is one range write. */
function runs(columns: readonly number[]): { start: number; indexes: number[] }[] {
  const order = columns.map((c, i) => ({ c, i })).sort((a, b) => a.c - b.c);
  const out: { start: number; indexes: number[] }[] = [];
  for (const { c, i } of order) {
    const last = out[out.length - 1];
    if (last && last.start + last.indexes.length === c) last.indexes.push(i);
    else out.push({ start: c, indexes: [i] });
  }
  return out;
}

/**
 * Saves a scorecard to its deal's row. Under the document lock it reads the
 * header and the key column again and finds the deal by its ID (or name), so
 * a sort, insert or delete by a teammate since the sidebar opened can never
 * put the scores on another deal. It refuses when the deal is gone, appears
 * twice, or its scores, Checklist cell, role cells or plan rows changed
 * meanwhile. Only the eight score cells (values and notes), the Checklist
 * cell, the changed buying-role cells ("Role: …" columns, one added at the
 * end of the header when missing) and the deal's changed rows of the mutual
 * action plan tab (see `planWrites`) are written; the Checklist cell keeps
 * any text of its own besides the checklist labels.
 *
 * @throws Error in the user's language, with nothing written
 */
export function saveScorecard(input: ScorecardInput): ScorecardSaved {
  const settings = loadSettings();
  const { language } = settings;
  const scores = parseMeddpiccScores(input.scores, addonText('menuScoreDeal', language));
  const notes = Array.from({ length: 8 }, (_, i) => cellText(input.notes?.[i]).slice(0, 2000));
  const checklist: ChecklistItem[] = (input.checklist ?? []).filter((item) =>
    STALLED_CHECKLIST.includes(item),
  );

  const roles = (input.roles ?? []).map((r) => ({
    header: cellText(r.header),
    value: cellText(r.value).slice(0, 2000),
    original: cellText(r.original),
  }));
  for (const r of roles) {
    if (!ROLE_HEADER.test(r.header)) {
      throw new Error(`saveScorecard: "${r.header}" is not a role column (Role: …)`);
    }
  }
  const plan = (input.plan ?? []).map(readPlanEdit);

  const lock = LockService.getDocumentLock();
  lock.waitLock(10_000);
  try {
    const sheet = findPipelineSheet(settings);
    if (!sheet) throw new Error(addonText('noPipelineSheet', language));
    const width = sheet.getLastColumn();
    const height = sheet.getLastRow();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const columns = detectColumns(header, settings.columns);
    const scoreCols = scoreColumns(columns);
    if (!scoreCols) throw new Error(addonText('noScoreColumns', language));
    const keyCol = columns.fields[input.key.field];
    if (keyCol === undefined || height < 2) {
      throw new Error(addonText('dealGone', language, { key: input.key.value }));
    }
    const keys = sheet.getRange(2, keyCol + 1, height - 1, 1).getValues();
    const rows: number[] = [];
    keys.forEach((cell, i) => {
      if (cellText(cell[0]) === input.key.value) rows.push(i + 2);
    });
    if (rows.length === 0)
      throw new Error(addonText('dealGone', language, { key: input.key.value }));
    if (rows.length > 1) {
      throw new Error(
        addonText('dealDuplicated', language, { key: input.key.value, rows: rows.join(', ') }),
      );
    }
    const row = rows[0];
    const current = sheet.getRange(row, 1, 1, width).getValues()[0];
    const checklistCol = input.checklist ? checklistColumn(header) : -1;
    if (
      scoreCols.some((c, i) => cellText(current[c]) !== cellText(input.original[i])) ||
      (checklistCol >= 0 && cellText(current[checklistCol]) !== cellText(input.originalChecklist))
    ) {
      throw new Error(addonText('changedMeanwhile', language));
    }
    // Role cells: a changed cell refuses the save; a missing role column is added at the end.
    const roleWrites: { column: number; value: string; header?: string }[] = [];
    let next = width;
    for (const r of roles) {
      const column = columnOf(header, r.header);
      if (column < 0) {
        if (r.value !== '') roleWrites.push({ column: next++, value: r.value, header: r.header });
      } else if (cellText(current[column]) !== r.original) {
        throw new Error(addonText('changedMeanwhile', language));
      } else if (r.value !== r.original) {
        roleWrites.push({ column, value: r.value });
      }
    }
    const writePlan = plan.length > 0 ? planWrites(input.key.value, plan, language) : null;

    for (const run of runs(scoreCols)) {
      const range = sheet.getRange(row, run.start + 1, 1, run.indexes.length);
      range.setValues([run.indexes.map((i) => scores[i])]);
      range.setNotes([run.indexes.map((i) => notes[i])]);
    }
    let checklistText = '';
    if (checklistCol >= 0) {
      checklistText = mergeChecklistCell(current[checklistCol], checklist, language);
      sheet.getRange(row, checklistCol + 1).setValue(checklistText);
    }
    if (next > sheet.getMaxColumns()) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), next - sheet.getMaxColumns());
    }
    for (const w of roleWrites) {
      if (w.header) sheet.getRange(1, w.column + 1).setValue(w.header);
      sheet.getRange(row, w.column + 1).setValue(asText(w.value));
    }
    writePlan?.();
    SpreadsheetApp.flush();
    return {
      row,
      total: meddpiccTotal(scores),
      message: addonText('savedRow', language, { row }),
      checklistText,
    };
  } finally {
    lock.releaseLock();
  }
}
