import {
  type AntiSignal,
  type Firmographic,
  type IcpFit,
  type PainSignal,
  PlaybookError,
} from '../types';

/** A numeric range of the profile; either end may be open. Both ends are included. */
export interface IcpRange {
  readonly min?: number;
  readonly max?: number;
}

/**
 * An ideal customer profile (playbook §6): the firmographics it names. Only
 * the criteria given count; text compares without regard to case or
 * surrounding spaces.
 */
export interface IcpProfile {
  readonly industries?: readonly string[];
  readonly employees?: IcpRange;
  readonly revenue?: IcpRange;
  readonly regions?: readonly string[];
  /** The account matches when it uses at least one of these. */
  readonly techStack?: readonly string[];
  /** Using any of these is the `incompatibleStack` anti-signal. */
  readonly incompatibleTech?: readonly string[];
  readonly growthStages?: readonly string[];
}

/** What is known about an account; blank facts are simply absent. */
export interface IcpAccount {
  readonly industry?: string;
  readonly employees?: number;
  readonly revenue?: number;
  readonly region?: string;
  readonly techStack?: readonly string[];
  readonly growthStage?: string;
  /** Visible pain signals seen on the account. */
  readonly painSignals?: readonly PainSignal[];
  /** Anti-signals recorded by the seller (under 20 employees is also derived). */
  readonly antiSignals?: readonly AntiSignal[];
}

/** Result of `icpFit`. */
export interface IcpFitResult {
  readonly fit: IcpFit;
  /** Profile criteria the account meets, in `FIRMOGRAPHICS` order. */
  readonly matched: Firmographic[];
  /** Profile criteria the account misses or has no data for. */
  readonly missing: Firmographic[];
  /** The account's pain signals, without repeats. */
  readonly painSignals: PainSignal[];
  readonly visiblePain: boolean;
  /** Anti-signals found, recorded or derived, in playbook order. */
  readonly antiSignals: AntiSignal[];
}

/**
 * Each firmographic of playbook §6, in order, with the `IcpProfile` field that
 * names it: a list of words, or a range for the two numbers.
 */
export const ICP_CRITERIA: readonly (readonly [Firmographic, keyof IcpProfile])[] = [
  ['industry', 'industries'],
  ['employees', 'employees'],
  ['revenue', 'revenue'],
  ['region', 'regions'],
  ['techStack', 'techStack'],
  ['growthStage', 'growthStages'],
];
/** The anti-signals of playbook §6, in its order. */
export const ANTI_SIGNALS: readonly AntiSignal[] = [
  'tooSmall',
  'noBudget',
  'incompatibleStack',
  'committeeAtLowDealSize',
];
/** The pain signals of playbook §6, in its order. */
export const PAIN_SIGNALS: readonly PainSignal[] = [
  'hiring',
  'newTool',
  'newExecutive',
  'regulatoryDeadline',
  'publicStatement',
];

/** Fewer employees than this is an anti-signal (playbook §6). */
const MIN_EMPLOYEES = 20;

const norm = (text: string): string => text.trim().toLowerCase();
/** Whether any of the account's values (one, several or none) is on the profile's list. */
const anyInList = (list: readonly string[], values: string | readonly string[] | undefined) =>
  [values ?? []].flat().some((value) => list.some((item) => norm(item) === norm(value)));
const inRange = (range: IcpRange, value: number | undefined): boolean =>
  value !== undefined &&
  (range.min === undefined || value >= range.min) &&
  (range.max === undefined || value <= range.max);

/**
 * How well an account matches an ideal customer profile (playbook §6).
 * Each firmographic the profile names is matched or missing (an account
 * with no data for it misses it). Fit is **full** when every named
 * criterion matches, **partial** when some do, **none** when none do. Any
 * anti-signal (under 20 employees, no budget, incompatible stack, committee
 * decisions at low deal size) rules the account out: fit **none**.
 *
 * @param account - what is known about the account
 * @param profile - the team's ICP; must name at least one firmographic
 * @returns fit, matched and missing criteria, pain signals and anti-signals
 * @throws PlaybookError when the profile names no firmographic criterion
 * @example
 * icpFit({ industry: 'SaaS', employees: 120 }, { industries: ['saas'], employees: { min: 50 } }).fit
 * // => 'full'
 */
export function icpFit(account: IcpAccount, profile: IcpProfile): IcpFitResult {
  const matched: Firmographic[] = [];
  const missing: Firmographic[] = [];
  for (const [criterion, field] of ICP_CRITERIA) {
    const wanted = profile[field];
    if (!wanted) continue;
    const has = account[criterion];
    const ok = Array.isArray(wanted)
      ? anyInList(wanted, has as string | readonly string[] | undefined)
      : inRange(wanted as IcpRange, has as number | undefined);
    (ok ? matched : missing).push(criterion);
  }
  if (matched.length + missing.length === 0) {
    throw new PlaybookError(
      `icpFit: the profile must name at least one of ${ICP_CRITERIA.map(([, field]) => field).join(', ')}`,
    );
  }

  const anti = new Set<AntiSignal>(account.antiSignals || []);
  if (account.employees !== undefined && account.employees < MIN_EMPLOYEES) anti.add('tooSmall');
  if (profile.incompatibleTech && anyInList(profile.incompatibleTech, account.techStack)) {
    anti.add('incompatibleStack');
  }
  const antiSignals = ANTI_SIGNALS.filter((signal) => anti.has(signal));
  const pain = new Set<PainSignal>(account.painSignals || []);
  const painSignals = PAIN_SIGNALS.filter((signal) => pain.has(signal));

  let fit: IcpFit = 'none';
  if (antiSignals.length === 0 && matched.length > 0) {
    fit = missing.length === 0 ? 'full' : 'partial';
  }
  return { fit, matched, missing, painSignals, visiblePain: painSignals.length > 0, antiSignals };
}
