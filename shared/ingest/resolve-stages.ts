import { createStageTable, DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import { findStage } from '../stages/find-stage';
import { stageLookup } from '../stages/stage-lookup';
import { suggestStage } from '../stages/suggest-stage';
import { vocabularyTables } from '../stages/vocabulary-tables';
import {
  type IngestOptions,
  PlaybookError,
  type RecognisedVocabulary,
  type StageDefinition,
  type StageKind,
  type StageTable,
  type UnmappedStage,
} from '../types';
import type { Draft, DraftExtras } from './create-deal-reader';
import { clipText } from './error-log';

/** Unmapped stage names listed in an answer; the rest are only counted. */
const MAX_UNMAPPED = 50;
/** Unmapped stage names given a warning of their own. */
const MAX_UNMAPPED_WARNINGS = 20;
/** Rows listed per unmapped stage. */
const ROWS_PER_STAGE = 5;

/** What `resolveStages` settles. */
export interface ResolvedStages {
  readonly table: StageTable;
  readonly vocabulary: RecognisedVocabulary | null;
  readonly unmapped: UnmappedStage[];
}

interface TextCount {
  /** Deals with this stage text. */
  count: number;
  /** Of those, the deals left unmapped. */
  unmapped: number;
  readonly rows: number[];
}

/** Stage names in messages: long enough to recognise, never a whole pasted column. */
const clip = (text: string) => clipText(text, 60);

/**
 * What a status column makes of one deal's stage (`stage`, the table's
 * reading of the stage text `text`): a won or lost status moves an open or
 * unknown stage to the table's first stage of that kind, and a deal it
 * closes from an open stage without a "lost at stage" cell of its own is
 * lost at that stage; an open status beside a closed stage is reported and
 * the stage decides. Shared by `resolveStages` and the table reader.
 */
export function settleStatus(
  text: string,
  stage: StageDefinition | undefined,
  status: StageKind | undefined,
  hasLostAtCell: boolean,
  table: StageTable,
): { stage: StageDefinition | undefined; lostAt?: string; problem?: string } {
  if (status === undefined || status === stage?.kind) return { stage };
  if (status === 'open') {
    return {
      stage,
      problem: `the status says open but the stage "${clip(text)}" is ${stage?.kind}; the stage decides`,
    };
  }
  const closed = table.stages.find((s) => s.kind === status);
  if (closed === undefined) return { stage };
  const lostFromOpen = status === 'lost' && stage?.kind === 'open' && !hasLostAtCell;
  return { stage: closed, ...(lostFromOpen ? { lostAt: stage.name } : {}) };
}

/** The message of a "lost at stage" cell the stage table does not know. */
export function unknownLostAtMessage(text: string): string {
  return `unknown stage "${clip(text)}" in lost at stage; the funnel counts the deal as lost at its first stage`;
}

/**
 * Settles the stage of every deal once all rows are read: picks the stage
 * table (the one given; else, of the playbook's and each CRM vocabulary's,
 * the one that names the most deals, the playbook's on a tie), applies the
 * `stageMapping`, lets a status column decide won and lost, moves won and
 * lost dates into the close date, and reads "lost at stage" cells. A stage
 * the table does not know leaves its deal open, stage as written, and is
 * reported once with its count, first rows and a suggested playbook stage.
 *
 * @throws PlaybookError when `stageMapping` names a stage the table lacks or is malformed
 */
export function resolveStages(
  deals: Draft[],
  extras: DraftExtras,
  options: Pick<IngestOptions, 'stages' | 'stageMapping'>,
  lostAtHeader: string | undefined,
  fail: (
    row: number,
    column: string | undefined,
    field: string,
    value: string,
    message: string,
  ) => void,
  warnings: string[],
): ResolvedStages {
  const texts = new Map<string, TextCount>();
  for (const deal of deals) {
    const seen = texts.get(deal.stage);
    if (seen) seen.count++;
    else texts.set(deal.stage, { count: 1, unmapped: 0, rows: [] });
  }

  const { table, vocabulary } = chooseStageTable(texts, options);
  const lookup = stageLookup(table);

  // Most exports have none of these columns: skip their lookups then.
  const { status: statuses, lostAt: lostAts, wonDate: wonDates, lostDate: lostDates } = extras;
  const anyStatus = statuses.size > 0;
  const anyLostAt = lostAts.size > 0;
  const anyClosedOn = wonDates.size > 0 || lostDates.size > 0;
  for (const deal of deals) {
    const text = deal.stage;
    let stage = lookup(text);
    const status = anyStatus ? statuses.get(deal) : undefined;
    if (status !== undefined) {
      const settled = settleStatus(text, stage, status, lostAts.has(deal), table);
      if (settled.problem !== undefined) {
        fail(deal.row, undefined, 'status', 'open', settled.problem);
      }
      if (settled.lostAt !== undefined) deal.lostAtStage = settled.lostAt;
      stage = settled.stage;
    }
    if (stage) {
      deal.stage = stage.name;
      if (anyClosedOn && stage.kind !== 'open') {
        const closedOn = (stage.kind === 'won' ? wonDates : lostDates).get(deal)?.day;
        if (closedOn !== undefined) deal.closeDate = closedOn;
      }
    } else {
      const seen = texts.get(text) as TextCount;
      seen.unmapped++;
      if (seen.rows.length < ROWS_PER_STAGE) seen.rows.push(deal.row);
    }
    const lostAt = anyLostAt ? lostAts.get(deal) : undefined;
    if (lostAt !== undefined) {
      const at = lookup(lostAt);
      if (at) deal.lostAtStage = at.name;
      else {
        fail(deal.row, lostAtHeader, 'lostAtStage', lostAt, unknownLostAtMessage(lostAt));
      }
    }
  }

  const unmappedAll: UnmappedStage[] = [];
  for (const [name, { unmapped, rows }] of texts) {
    if (unmapped > 0)
      unmappedAll.push({ name, count: unmapped, rows, suggested: suggestStage(name) });
  }
  const unmapped = warnUnmapped(unmappedAll, warnings);
  return { table, vocabulary, unmapped };
}

/**
 * The stage table of an ingestion from its stage texts and how many deals
 * carry each: the one given; else, of the playbook's and each CRM
 * vocabulary's, the one that names the most deals (the playbook's on a
 * tie); with the `stageMapping` applied.
 *
 * @param texts - stage text as written → its deal count, in first-seen order
 * @throws PlaybookError when `stageMapping` names a stage the table lacks or is malformed
 */
export function chooseStageTable(
  texts: ReadonlyMap<string, { readonly count: number }>,
  options: Pick<IngestOptions, 'stages' | 'stageMapping'>,
): { table: StageTable; vocabulary: RecognisedVocabulary | null } {
  let base = options.stages ?? DEFAULT_STAGE_TABLE;
  let vocabulary: RecognisedVocabulary | null = null;
  if (options.stages === undefined) {
    const named = (table: StageTable) => {
      let n = 0;
      for (const [text, { count }] of texts) if (findStage(table, text)) n += count;
      return n;
    };
    let best = named(base);
    for (const { vocabulary: v, table } of vocabularyTables()) {
      const n = named(table);
      if (n > best) {
        best = n;
        base = table;
        vocabulary = { id: v.id, name: v.name, deals: n };
      }
    }
  }
  return { table: applyMapping(base, options.stageMapping), vocabulary };
}

/**
 * Sorts the unmapped stages (most deals first, stable) and warns of each of
 * the first 20, then of the rest in one line; returns the first 50 for the
 * answer.
 */
export function warnUnmapped(unmappedAll: UnmappedStage[], warnings: string[]): UnmappedStage[] {
  unmappedAll.sort((a, b) => b.count - a.count);
  unmappedAll.slice(0, MAX_UNMAPPED_WARNINGS).forEach((u) => {
    const shown = u.name === '' ? 'a blank stage' : `stage "${clip(u.name)}"`;
    const hint = u.suggested ? ` (it looks like ${u.suggested.stage})` : '';
    warnings.push(
      `${u.count} deal(s) have ${shown}, which the stage table does not know: kept as open deals, unweighted, in the unmapped group (rows ${u.rows.join(', ')}${u.count > u.rows.length ? ', …' : ''}); map it with stageMapping${hint}`,
    );
  });
  if (unmappedAll.length > MAX_UNMAPPED_WARNINGS) {
    const rest = unmappedAll.slice(MAX_UNMAPPED_WARNINGS);
    warnings.push(
      `${rest.length} more unmapped stage names on ${rest.reduce((n, u) => n + u.count, 0)} deal(s)`,
    );
  }
  return unmappedAll.slice(0, MAX_UNMAPPED);
}

/** The table with the mapping applied: names become aliases of stages, or new stages. */
function applyMapping(table: StageTable, mapping: IngestOptions['stageMapping']): StageTable {
  const entries = Object.entries(mapping ?? {});
  if (entries.length === 0) return table;
  const defs: (StageDefinition & { aliases: string[] })[] = table.stages.map((s) => ({
    ...s,
    aliases: [...s.aliases],
  }));
  const names = table.stages.map((s) => s.name).join(', ');
  for (const [name, target] of entries) {
    if (findStage(table, name)) continue;
    if (typeof target === 'string') {
      const stage = findStage(table, target);
      const def = stage && defs.find((d) => d.name === stage.name);
      if (!def) {
        throw new PlaybookError(
          `stageMapping: "${clip(name)}" is mapped to "${clip(target)}", which is not a stage of the table (${clip(names)})`,
        );
      }
      def.aliases.push(name);
    } else {
      const { kind, probability } = target;
      if (!(probability >= 0 && probability <= 1) || !['open', 'won', 'lost'].includes(kind)) {
        throw new PlaybookError(
          `stageMapping: "${clip(name)}" needs a kind (open, won or lost) and a probability between 0 and 1`,
        );
      }
      // A new open stage goes after the last open one; won and lost stages last.
      const order =
        kind === 'open'
          ? Math.max(0, ...defs.filter((d) => d.kind === 'open').map((d) => d.order)) + 0.5
          : Math.max(...defs.map((d) => d.order)) + 1;
      defs.push({ name, aliases: [], order, probability, kind });
    }
  }
  const sorted = [...defs].sort((a, b) => a.order - b.order);
  return createStageTable(sorted.map((d, i) => ({ ...d, order: i + 1 })));
}
