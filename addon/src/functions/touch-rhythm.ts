import { touchRhythm } from '../../../shared/cadence/touch-rhythm';
import type { DayNumber } from '../../../shared/types';
import { byRow, type Spill } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { isoDay } from '../lib/iso-day';
import { readDay } from '../lib/read-day';
import { readLanguage } from '../lib/read-language';
import { DATE_BY_AS_OF } from '../lib/localize-error';

/**
 * Six touches within 30 days, then a 60-day pause (playbook §7). Example: =TOUCH_RHYTHM(C2:J, TODAY())
 * @param {Date[][]} touch_dates Prospect's touch dates in a row, or rows.
 * @param {Date} as_of Optional. Day to judge on (default: last touch).
 * @param {string} language Optional. "en" or "zh".
 * @return {string} Touch again, Pause until YYYY-MM-DD or Start a new round.
 * @customfunction
 */
export function TOUCH_RHYTHM(
  touch_dates: unknown,
  as_of?: unknown,
  language?: unknown,
): Spill<string> {
  const fn = 'TOUCH_RHYTHM';
  const lang = readLanguage(fn, language);
  const zh = lang === 'zh';
  const first = Array.isArray(touch_dates) ? touch_dates[0] : undefined;
  const width = Array.isArray(first) && first.length > 1 ? first.length : 1;
  return byRow(
    fn,
    `touch_dates:${width} as_of`,
    [touch_dates, as_of],
    ([cells, asOfCell], row) => {
      const asOf = readDay(fn, 'as_of', row, asOfCell) ?? undefined;
      const days: DayNumber[] = [];
      for (const cell of width > 1 ? (cells as unknown[]) : [cells]) {
        const day = readDay(fn, 'touch_dates', row, cell);
        if (day === null) continue;
        if (asOf !== undefined && day > asOf)
          throw formulaError(fn, 'touch_dates', row, cell, DATE_BY_AS_OF);
        days.push(day);
      }
      const state = touchRhythm(days, asOf);
      if (!state) return '';
      // Touches made during a pause do not restart it: the answer stays "pause until".
      if (state.kind === 'pause') return `${zh ? '暂停至' : 'Pause until'} ${isoDay(state.until)}`;
      if (state.kind === 'touch') {
        const end = isoDay(state.roundEnds);
        return zh
          ? `继续触达（${state.touches}/6，本轮截至 ${end}）`
          : `Touch again (${state.touches}/6, round ends ${end})`;
      }
      return zh ? '开始新一轮' : 'Start a new round';
    },
    lang,
  );
}
