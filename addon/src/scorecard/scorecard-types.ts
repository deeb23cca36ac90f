import type {
  ChecklistItem,
  Language,
  MeddpiccScore,
  RiskLevel,
  StageDefinition,
} from '../../../shared/types';

/** How the deal is found again when saving: its ID, or its name when the sheet has no ID column. */
export interface DealKey {
  readonly field: 'id' | 'name';
  readonly value: string;
}

/** A buying-role column of the pipeline tab ("Role: Champion", "角色：决策者") and the deal's cell. */
export interface RoleCell {
  readonly header: string;
  /** Names as the cell holds them, e.g. "Dana Li (CFO); Ming Zhao". */
  readonly value: string;
}

/** One step of a deal's mutual action plan as the plan tab holds it. Dates are YYYY-MM-DD. */
export interface PlanRow {
  /** The step as written in the tab (English or Chinese title, or the team's own). */
  readonly step: string;
  readonly owner: string;
  readonly date: string;
  readonly status: string;
}

/** A step to save: its new cells and the row as the sidebar last saw it (null: there was none). */
export interface PlanEdit extends PlanRow {
  readonly original: PlanRow | null;
}

/** What the scorecard sidebar shows for one deal. Plain JSON: no Date objects. */
export interface ScorecardView {
  readonly language: Language;
  readonly sheetName: string;
  readonly row: number;
  readonly key: DealKey;
  readonly name: string;
  readonly account: string;
  /** The deal's stage definition from the team's table (null when the cell is blank or unknown). */
  readonly stage: StageDefinition | null;
  readonly amount: number | null;
  readonly contacts: number | null;
  readonly discount: number | null;
  /** Close date as YYYY-MM-DD, or ''. */
  readonly closeDate: string;
  readonly scores: MeddpiccScore[];
  readonly notes: string[];
  /** The score cells as they were when the sidebar opened, to detect a teammate's change. */
  readonly original: string[];
  /** Ticked checklist items, or null when the sheet has no Checklist column. */
  readonly checklist: ChecklistItem[] | null;
  /** The Checklist cell's text when the sidebar opened ('' without the column), to detect a teammate's change. */
  readonly checklistText: string;
  readonly risk: { readonly level: RiskLevel; readonly reasons: string[] } | null;
  /** The deal's buying-role cells, one per role column the sheet has. */
  readonly roles: RoleCell[];
  /** The deal's rows in the mutual action plan tab, in tab order ([] without the tab). */
  readonly plan: PlanRow[];
}

/** What the sidebar sends back when the user saves. */
export interface ScorecardInput {
  readonly key: DealKey;
  readonly scores: number[];
  readonly notes: string[];
  readonly original: string[];
  /** Ticked items; ignored when the sheet has no Checklist column. */
  readonly checklist?: ChecklistItem[];
  /** The Checklist cell's text as the sidebar last saw it; the save refuses when the cell differs. */
  readonly originalChecklist?: string;
  /** Role cells to write, each with the text the sidebar opened with; a missing column is added. */
  readonly roles?: readonly (RoleCell & { readonly original: string })[];
  /** Plan steps to write into the mutual action plan tab (made when missing). */
  readonly plan?: readonly PlanEdit[];
}

/** The result of a save. */
export interface ScorecardSaved {
  readonly row: number;
  readonly total: number;
  readonly message: string;
  /** The Checklist cell's text after the save ('' without the column). */
  readonly checklistText: string;
}
