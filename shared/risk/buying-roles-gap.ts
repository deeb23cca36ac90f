import { BUYING_ROLES, type BuyingRole } from './buying-roles';
import { minimumContacts } from './minimum-contacts';

/** Result of `buyingRolesGap`. */
export interface BuyingRolesGap {
  /** The contacts minimum for the deal size (see `minimumContacts`). */
  readonly minimum: number;
  /** The roles a deal of this size needs engaged, in `BUYING_ROLES` order. */
  readonly required: BuyingRole[];
  /** The required roles not among those engaged. */
  readonly missing: BuyingRole[];
}

/**
 * The buying roles a deal still lacks for its size (playbook §5
 * multi-threading). The size bands are those of `minimumContacts`: under
 * 25,000 (2 contacts) the champion and the decision maker (the economic
 * buyer); 25,000 to 100,000 (3-4) also the technical evaluator and an end
 * user; over 100,000 (5+) all seven roles, since such deals add procurement,
 * legal and an executive sponsor, who sit in the budget owner, influencer and
 * blocker roles. Roles engaged beyond those required are not counted against
 * the deal.
 *
 * @param amount - the deal amount, 0 or more
 * @param engaged - the roles engaged (repeats are fine)
 * @throws PlaybookError when the amount is negative or not a number
 * @example
 * buyingRolesGap(50_000, ['champion', 'user']).missing // => ['decisionMaker', 'technicalEvaluator']
 */
export function buyingRolesGap(amount: number, engaged: Iterable<BuyingRole>): BuyingRolesGap {
  const minimum = minimumContacts(amount);
  const required = BUYING_ROLES.slice(0, minimum < 3 ? 2 : minimum < 5 ? 4 : 7);
  const have = new Set(engaged);
  return { minimum, required, missing: required.filter((role) => !have.has(role)) };
}
