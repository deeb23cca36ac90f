import { addonText } from '../../../shared/content/index';
import { dealRisk, findStage, parseMeddpiccScores, riskReasonLabel } from '../../../shared/index';
import type { Deal } from '../../../shared/types';
import { cellText } from '../lib/cell-text';
import { isoDay } from '../lib/iso-day';
import { loadSettings } from '../settings/load-settings';
import { checklistColumn } from '../sheet/checklist-column';
import { readPipeline } from '../sheet/read-pipeline';
import { dealPlanRows, findPlanTab } from './action-plan-tab';
import { parseChecklistCell } from './checklist-cell';
import { roleColumns } from './role-columns';
import { scoreColumns } from './score-columns';
import type { DealKey, ScorecardView } from './scorecard-types';

/**
 * The scorecard of the deal in the selected row of the pipeline tab:
 * MEDDPICC scores with their notes (kept as cell notes on the score cells),
 * the stalled-deal checklist, size, contacts, discount and risk, the
 * buying-role columns and the deal's rows of the mutual action plan tab. (The
 * sidebar renders the playbook reference itself, in the same language.)
 *
 * @throws Error in the user's language when no deal row is selected or the
 *   sheet lacks score or key columns
 */
export function getScorecard(): ScorecardView {
  const settings = loadSettings();
  const { language } = settings;
  const pipeline = readPipeline(settings);
  const { sheet, values, columns, table, asOf } = pipeline;
  const active = SpreadsheetApp.getActive().getActiveRange();
  const row = active ? active.getRow() : 0;
  if (
    !active ||
    active.getSheet().getName() !== sheet.getName() ||
    row < 2 ||
    row > values.length
  ) {
    throw new Error(addonText('selectDealRow', language));
  }
  const cells = values[row - 1];
  const scoreCols = scoreColumns(columns);
  if (!scoreCols) throw new Error(addonText('noScoreColumns', language));
  const { fields } = columns;
  const keyField: DealKey['field'] | null =
    fields.id !== undefined ? 'id' : fields.name !== undefined ? 'name' : null;
  const keyValue = keyField ? cellText(cells[fields[keyField]!]) : '';
  if (!keyField || keyValue === '') throw new Error(addonText('noKeyColumn', language));

  const deal: Deal | undefined = pipeline.ingest.deals.find((d) => d.row === row);
  const raw = scoreCols.map((c) => cells[c]);
  const notesRow = sheet.getRange(row, 1, 1, cells.length).getNotes()[0];
  const checklistCol = checklistColumn(values[0]);
  const checklist = checklistCol >= 0 ? parseChecklistCell(cells[checklistCol]) : null;
  const risk = deal ? dealRisk(deal, { asOf, table, checklist: checklist ?? undefined }) : null;
  const planTab = findPlanTab();
  return {
    language,
    sheetName: sheet.getName(),
    row,
    key: { field: keyField, value: keyValue },
    name: cellText(fields.name !== undefined ? cells[fields.name] : ''),
    account: cellText(fields.account !== undefined ? cells[fields.account] : ''),
    stage: deal ? (findStage(table, deal.stage) ?? null) : null,
    amount: deal?.amount ?? null,
    contacts: deal?.contacts ?? null,
    discount: deal?.discount ?? null,
    closeDate: isoDay(deal?.closeDate),
    scores: parseMeddpiccScores(raw, addonText('menuScoreDeal', language), row),
    notes: scoreCols.map((c) => cellText(notesRow[c])),
    original: raw.map(cellText),
    checklist,
    checklistText: checklistCol >= 0 ? cellText(cells[checklistCol]) : '',
    risk: risk
      ? { level: risk.level, reasons: risk.reasons.map((r) => riskReasonLabel(r, language)) }
      : null,
    roles: roleColumns(values[0]).map((c) => ({
      header: c.header,
      value: cellText(cells[c.column]),
    })),
    plan: planTab
      ? dealPlanRows(planTab.getDataRange().getValues(), keyValue).map((r) => r.plan)
      : [],
  };
}
