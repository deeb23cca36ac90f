import { dealRisk, label } from '../../../shared/index';
import { dealColumn } from '../lib/deal-column';
import { readRiskArguments } from '../lib/read-risk-arguments';

/**
 * Red / yellow / green risk of each deal (playbook §1 stage hygiene, §2, §5): past close or
 * next-step date, no next step, stalled (over 2x the stage's average days), no change for 14
 * days, weak MEDDPICC, no power (economic buyer below 3 at Proposal or later), unanswered items
 * of a Checklist column, too few contacts, discount over 20%. Give the pipeline range with its
 * header row (columns found by name, English or Chinese) and put the formula in the header row:
 * it spills a "Risk" header and one level per row. Example: =DEAL_RISK(A1:T, Settings!B2).
 *
 * @param {Array[][]} deals The pipeline range including its header row (needs a Stage column).
 * @param {Date} as_of The day to judge on, e.g. a cell holding =TODAY().
 * @param {string} language Optional. "en" (default) or "zh".
 * @param {Array[][]} stage_table Optional. Rows of name, probability, kind, aliases, average days that replace the default stages.
 * @return {string[][]} A header cell, then Red, Yellow or Green per deal (closed deals are Green); a row with a bad cell shows #ERROR: and the reason.
 * @customfunction
 */
export function DEAL_RISK(
  deals: unknown,
  as_of: unknown,
  language?: unknown,
  stage_table?: unknown,
): (string | number)[][] {
  const { lang, range, options } = readRiskArguments(
    'DEAL_RISK',
    deals,
    as_of,
    language,
    stage_table,
  );
  return dealColumn(range, label('risk', lang), (deal) =>
    label(`risk.${dealRisk(deal, options(deal)).level}`, lang),
  );
}
