import { PlaybookError } from '../types';
import { CADENCE_STEPS, type CadenceTouch } from './cadence-steps';

/** Options of `cadenceStep`: what the prospect has done so far. */
export interface CadenceOptions {
  /** The prospect replied: the sequence stops. */
  readonly replied?: boolean;
  /** Emails opened without a reply since the last call. */
  readonly opensWithoutReply?: number;
}

/**
 * What `cadenceStep` says is due on a day:
 * - `touch`: the touches to make today, in order; `callTriggered` when three
 *   or more opens without a reply called for a call (added to the day's
 *   touches unless the day already has one);
 * - `demote`: the sequence ended without a response: move the account to
 *   tier 3 and try again in 90 days.
 */
export type CadenceDue =
  | {
      readonly kind: 'touch';
      readonly day: number;
      readonly touches: readonly CadenceTouch[];
      readonly callTriggered: boolean;
    }
  | { readonly kind: 'demote'; readonly day: number; readonly toTier: 3; readonly retryInDays: 90 };

const LAST_DAY = 14;
const OPENS_FOR_CALL = 3;
const CALL: CadenceTouch = { channel: 'call', action: 'call' };

/**
 * The tier-1 outreach due on a day of the sequence (playbook §7), day 1 being
 * the first day. Rules: any reply stops the sequence (nothing is due); three
 * opens without a reply trigger a call on any day; after day 14 with no
 * response the account is demoted to tier 3 and retried in 90 days.
 *
 * @param day - day of the sequence, a whole number from 1
 * @param options - whether the prospect replied, and opens without a reply
 * @returns what is due, or `null` when nothing is (a quiet day, or the prospect replied)
 * @throws PlaybookError when the day or the open count is not a whole number in range
 * @example
 * cadenceStep(3) // => { kind: 'touch', day: 3, touches: [{ channel: 'email', action: 'valueEmail' }], callTriggered: false }
 */
export function cadenceStep(day: number, options: CadenceOptions = {}): CadenceDue | null {
  const { replied = false, opensWithoutReply = 0 } = options;
  if (!Number.isInteger(day) || day < 1) {
    throw new PlaybookError(`cadenceStep: day must be a whole number from 1 (got ${day})`);
  }
  if (!Number.isInteger(opensWithoutReply) || opensWithoutReply < 0) {
    throw new PlaybookError(
      `cadenceStep: opensWithoutReply must be a whole number ≥ 0 (got ${opensWithoutReply})`,
    );
  }
  if (replied) return null;
  if (day > LAST_DAY) return { kind: 'demote', day, toTier: 3, retryInDays: 90 };

  const scheduled = CADENCE_STEPS.find((step) => step.day === day)?.touches ?? [];
  const callTriggered = opensWithoutReply >= OPENS_FOR_CALL;
  const hasCall = scheduled.some((touch) => touch.channel === 'call');
  const touches = callTriggered && !hasCall ? [CALL, ...scheduled] : scheduled;
  if (touches.length === 0) return null;
  return { kind: 'touch', day, touches, callTriggered };
}
