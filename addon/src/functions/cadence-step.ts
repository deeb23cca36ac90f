import { cadenceStep, label } from '../../../shared/index';
import { byRow, type Spill } from '../lib/by-row';
import { readBoolean } from '../lib/read-boolean';
import { readLanguage } from '../lib/read-language';
import { COUNT, readNumber } from '../lib/read-number';
import { WHOLE_1_UP } from '../lib/localize-error';

/**
 * Tier-1 outreach due on a day of the 14-day sequence (playbook §7); a reply stops it. Example: =CADENCE_STEP(E2:E, F2:F)
 * @param {number} day Day of the sequence from 1.
 * @param {boolean} replied Optional. Prospect replied (TRUE/FALSE).
 * @param {string} language Optional. "en" or "zh".
 * @param {number} opens_without_reply Optional. Opens without a reply (3+: call now).
 * @return {string} What is due that day, or blank.
 * @customfunction
 */
export function CADENCE_STEP(
  day: unknown,
  replied?: unknown,
  language?: unknown,
  opens_without_reply?: unknown,
): Spill<string> {
  const fn = 'CADENCE_STEP';
  const lang = readLanguage(fn, language);
  return byRow(
    fn,
    'day replied opens_without_reply',
    [day, replied, opens_without_reply],
    ([dayCell, repliedCell, opensCell], row) => {
      const d = readNumber(fn, 'day', row, dayCell, [WHOLE_1_UP, 1, Infinity, true]);
      if (d === null) return '';
      if (readBoolean(fn, 'replied', row, repliedCell)) return label('cadence.stopped', lang);
      const opens = readNumber(fn, 'opens_without_reply', row, opensCell, COUNT) || 0;
      const due = cadenceStep(d, { opensWithoutReply: opens });
      if (due === null) return '';
      if (due.kind === 'demote') return label('cadence.demote', lang);
      const touches = due.touches.map((t) => label(`cadence.${t.action}`, lang)).join(' + ');
      const colon = lang === 'zh' ? '：' : ': ';
      return due.callTriggered ? label('cadence.callTriggered', lang) + colon + touches : touches;
    },
    lang,
  );
}
