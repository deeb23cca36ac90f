import type { PreciseCriterion } from '../types';

/** Result of `preciseCustomer`. */
export interface PreciseCustomer {
  readonly precise: boolean;
  /** The marks not (yet) confirmed, in playbook order. */
  readonly missing: PreciseCriterion[];
}

/**
 * Whether an account is a "precise customer" (playbook §6): all three of a
 * real need, the true key person (the one who finally signs) identified,
 * and the ability to pay. Anything not confirmed `true` is missing.
 *
 * @example
 * preciseCustomer({ need: true, keyPerson: false, abilityToPay: true })
 * // => { precise: false, missing: ['keyPerson'] }
 */
export function preciseCustomer(
  marks: Readonly<Partial<Record<PreciseCriterion, boolean>>>,
): PreciseCustomer {
  const missing = (['need', 'keyPerson', 'abilityToPay'] as const).filter(
    (mark) => marks[mark] !== true,
  );
  return { precise: missing.length === 0, missing };
}
