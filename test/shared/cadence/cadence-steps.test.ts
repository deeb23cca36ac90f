import { describe, expect, it } from 'vitest';
import { CADENCE_STEPS } from '../../../shared/cadence/cadence-steps';

describe('CADENCE_STEPS', () => {
  it('follows the 14-day tier-1 sequence of the playbook', () => {
    // playbook §7: days 1, 3, 5, 7, 10, 14 and their touches
    expect(CADENCE_STEPS.map((step) => [step.day, step.touches.map((t) => t.action)])).toEqual([
      [1, ['personalEmail', 'linkedinConnect']],
      [3, ['valueEmail']],
      [5, ['linkedinComment']],
      [7, ['call', 'voicemailEmail']],
      [10, ['linkedinMessage']],
      [14, ['lastCall']],
    ]);
  });

  it('never sends more than one email a day', () => {
    // playbook §7: at most one email a day per prospect
    for (const step of CADENCE_STEPS) {
      const emails = step.touches.filter((touch) => touch.channel === 'email');
      expect(emails.length, `day ${step.day}`).toBeLessThanOrEqual(1);
    }
  });
});
