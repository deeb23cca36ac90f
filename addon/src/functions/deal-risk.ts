import { dealRisk, label } from '../../../shared/index';
import { dealColumn } from '../lib/deal-column';
import { readRiskArguments } from '../lib/read-risk-arguments';

/**
 * Each deal's risk from its dates, next step, stalling, MEDDPICC, contacts, checklist and discount (playbook §1, §2, §5). Put it in the header row. Example: =DEAL_RISK(A1:T, Settings!B2)
 * @param {Array[][]} deals Pipeline range with its header row (needs a Stage column).
 * @param {Date} as_of Day to judge on, e.g. =TODAY().
 * @param {string} language Optional. "en" or "zh".
 * @param {Array[][]} stage_table Optional. Stage table range.
 * @return {string[][]} Header, then Red, Yellow or Green per deal (closed: Green); a bad row shows #ERROR: and why.
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
  return dealColumn(range, lang, label('risk', lang), (deal) =>
    label(`risk.${dealRisk(deal, options(deal)).level}`, lang),
  );
}
