import { meddpiccTotal } from '../meddpicc/meddpicc-total';
import { DEFAULT_STAGE_TABLE } from '../stages/create-stage-table';
import { resolveStage } from '../stages/resolve-stage';
import {
  type ChecklistItem,
  type DayNumber,
  type Deal,
  PlaybookError,
  type RiskLevel,
  type RiskReason,
  type StageTable,
} from '../types';
import { MAX_DISCOUNT } from './discount-check';
import { minimumContacts } from './minimum-contacts';
import { noPower } from './no-power';
import { STALLED_CHECKLIST } from './stalled-checklist';
import { RISK_REASONS } from './risk-reasons';

/** Options of `dealRisk`. */
export interface DealRiskOptions {
  /** The day the risk is judged on (today, in the caller's calendar). */
  readonly asOf: DayNumber;
  /** Stage table for the deal's stage; the playbook's seven stages by default. */
  readonly table?: StageTable;
  /** Days without change after which a deal must be re-qualified (playbook §1: 14). */
  readonly staleDays?: number;
  /** A deal is stalled after this many times its stage's average days (playbook §1: 2). */
  readonly stalledFactor?: number;
  /**
   * The ticked items of the deal's stalled-deal checklist (§5), when the
   * sheet keeps one; absent when it keeps none, so nothing is judged.
   */
  readonly checklist?: readonly ChecklistItem[];
}

/** Result of `dealRisk`. */
export interface DealRisk {
  readonly level: RiskLevel;
  /** Every reason found, in `RISK_REASONS` order; empty when green. */
  readonly reasons: RiskReason[];
}

/** Stage probability from which weak MEDDPICC makes a deal red (Proposal, 50%, and later). */
const LATE_STAGE_PROBABILITY = 0.5;

/**
 * A deal's red / yellow / green risk and its reasons (playbook §1 stage
 * hygiene, §2 MEDDPICC, §5 multi-threading and discounts). Closed deals are
 * green with no reasons. For an open deal, each reason is checked only when
 * the sheet has the data it needs:
 *
 * - `closeDatePast`: expected close date before `asOf`;
 * - `stalled`: days in stage (`asOf - stageEntered`) more than `stalledFactor`
 *   (2) × the stage's `averageDays`; needs both;
 * - `stale`: `asOf - lastActivity` is `staleDays` (14) or more: 13 days is
 *   fine, 14 days without change needs re-qualifying;
 * - `noNextStep`: next step blank; `noNextStepDate`: next-step date blank;
 *   `nextStepPast`: next-step date before `asOf` (today is fine);
 * - `unqualified`: MEDDPICC total 8-9; `lowMeddpicc`: total 10-14 (At risk);
 * - `noPower`: the economic buyer scored below 3 (not confirmed) in a stage
 *   of 50% probability or more (Proposal or later); a blank score is 1;
 * - `checklistOpen`: `options.checklist` is given and leaves one of the eight
 *   stalled-deal checklist items unanswered (§5: each is a risk);
 * - `underThreaded`: fewer contacts than `minimumContacts(amount)`;
 * - `discountTooHigh`: discount above 20%.
 *
 * Level: **red** when the deal is past its close date, stalled, stale with a
 * missing or past next step, scored Unqualified / At risk while in a stage
 * of 50% probability or more (Proposal, Negotiation), or without power there
 * (`noPower`); **yellow** for any
 * other reason; **green** when there is none. O(1) per deal.
 *
 * @param deal - the deal, its stage a name the table knows
 * @param options - `asOf` and optional stage table and thresholds
 * @returns the level and the reasons
 * @throws PlaybookError when the stage is unknown, or the discount is outside 0..1
 * @example
 * dealRisk({ row: 2, stage: 'Proposal', amount: 10_000, nextStep: 'Call', nextStepDate: 20450 }, { asOf: 20454 })
 * // => { level: 'yellow', reasons: ['nextStepPast'] }
 */
export function dealRisk(deal: Deal, options: DealRiskOptions): DealRisk {
  const { asOf, table = DEFAULT_STAGE_TABLE, staleDays = 14, stalledFactor = 2 } = options;
  const stage = resolveStage(table, deal.stage, ` in row ${deal.row}`);
  if (stage.kind !== 'open') return { level: 'green', reasons: [] };

  const found = new Set<RiskReason>();
  if (deal.closeDate !== undefined && deal.closeDate < asOf) found.add('closeDatePast');
  if (
    stage.averageDays !== undefined &&
    deal.stageEntered !== undefined &&
    asOf - deal.stageEntered > stalledFactor * stage.averageDays
  ) {
    found.add('stalled');
  }
  if (deal.lastActivity !== undefined && asOf - deal.lastActivity >= staleDays) found.add('stale');
  if (deal.nextStep === undefined || deal.nextStep.trim() === '') found.add('noNextStep');
  if (deal.nextStepDate === undefined) found.add('noNextStepDate');
  else if (deal.nextStepDate < asOf) found.add('nextStepPast');

  if (deal.meddpicc !== undefined && deal.meddpicc.length > 0) {
    const total = meddpiccTotal(deal.meddpicc);
    if (total < 10) found.add('unqualified');
    else if (total < 15) found.add('lowMeddpicc');
    if (noPower(stage, deal.meddpicc)) found.add('noPower');
  }
  if (options.checklist !== undefined) {
    const ticked = options.checklist;
    if (STALLED_CHECKLIST.some((item) => !ticked.includes(item))) found.add('checklistOpen');
  }
  if (deal.contacts !== undefined && deal.amount !== null && deal.amount >= 0) {
    if (deal.contacts < minimumContacts(deal.amount)) found.add('underThreaded');
  }
  if (deal.discount !== undefined) {
    if (!Number.isFinite(deal.discount) || deal.discount < 0 || deal.discount > 1) {
      throw new PlaybookError(
        `dealRisk: discount in row ${deal.row} must be a fraction from 0 to 1 (got ${deal.discount})`,
      );
    }
    if (deal.discount > MAX_DISCOUNT) found.add('discountTooHigh');
  }

  const reasons = RISK_REASONS.filter((reason) => found.has(reason));
  return { level: riskLevel(found, stage.probability), reasons };
}

function riskLevel(found: ReadonlySet<RiskReason>, probability: number): RiskLevel {
  if (found.size === 0) return 'green';
  const noPlan = found.has('noNextStep') || found.has('nextStepPast');
  const weakLate =
    (found.has('unqualified') || found.has('lowMeddpicc')) && probability >= LATE_STAGE_PROBABILITY;
  if (
    found.has('closeDatePast') ||
    found.has('stalled') ||
    found.has('noPower') ||
    (found.has('stale') && noPlan) ||
    weakLate
  ) {
    return 'red';
  }
  return 'yellow';
}
