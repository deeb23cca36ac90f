import type { CadenceAction, CadenceChannel } from '../types';

/** One touch of the outreach sequence. Label it with `label('cadence.<action>', language)`. */
export interface CadenceTouch {
  readonly channel: CadenceChannel;
  readonly action: CadenceAction;
}

/** The touches due on one day of the sequence (day 1 = the first day). */
export interface CadenceStep {
  readonly day: number;
  readonly touches: readonly CadenceTouch[];
}

/**
 * The tier-1 outreach sequence over 14 days (playbook §7): day 1 personalised
 * email + LinkedIn connect; day 3 value email; day 5 LinkedIn comment; day 7
 * call + voicemail follow-up email; day 10 LinkedIn message; day 14 last
 * call. Never more than one email a day.
 */
export const CADENCE_STEPS: readonly CadenceStep[] = [
  {
    day: 1,
    touches: [
      { channel: 'email', action: 'personalEmail' },
      { channel: 'linkedin', action: 'linkedinConnect' },
    ],
  },
  { day: 3, touches: [{ channel: 'email', action: 'valueEmail' }] },
  { day: 5, touches: [{ channel: 'linkedin', action: 'linkedinComment' }] },
  {
    day: 7,
    touches: [
      { channel: 'call', action: 'call' },
      { channel: 'email', action: 'voicemailEmail' },
    ],
  },
  { day: 10, touches: [{ channel: 'linkedin', action: 'linkedinMessage' }] },
  { day: 14, touches: [{ channel: 'call', action: 'lastCall' }] },
];
