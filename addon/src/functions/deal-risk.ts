import { dealRisk, label } from '../../../shared/index';
import { dealColumn } from '../lib/deal-column';
import { readRiskArguments } from '../lib/read-risk-arguments';

/**
 * Red/Yellow/Green risk per deal (playbook §1, §2, §5): late dates, no next step, stalled, weak MEDDPICC, no power, open checklist, few contacts, discount over 20%. Put it in the range's header row. Example: =DEAL_RISK(A1:T, Settings!B2)
 * @param {Array[][]} deals The pipeline range with its header row (needs a Stage column).
 * @param {Date} as_of The day to judge on, e.g. =TODAY().
 * @param {string} language Optional. "en" or "zh".
 * @param {Array[][]} stage_table Optional. A stage table range (average days set stalled).
 * @return {string[][]} A header, then Red, Yellow or Green per deal (closed: Green); a bad row shows #ERROR: and why.
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
