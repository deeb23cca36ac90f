import {
  ACTIVITY_METRICS,
  ACTIVITY_TARGETS,
  activityVsTargets,
  label,
  normalizeStageKey,
  selfGeneratedShare,
} from '../../../shared/index';
import { isBlank } from '../../../shared/ingest/cell-text';
import type { ActivityMetric } from '../../../shared/types';
import { byRow, type Spill } from '../lib/by-row';
import { formulaError } from '../lib/formula-error';
import { readLanguage } from '../lib/read-language';
import { type NumberRule, readNumber } from '../lib/read-number';
import { ACTIVITY, AT_MOST_PERIOD, FRACTION, NUMBER_0_UP, PERIOD } from '../lib/localize-error';

const SHARE: ActivityMetric = 'selfGeneratedShare';

/** An activity's key, its English and Chinese labels, singulars and short forms. */
const METRICS = new Map<string, ActivityMetric>([
  ['selfgenerated', SHARE],
  ['selfgenerated%', SHARE],
  ['自主开发占比', SHARE],
]);
for (const metric of ACTIVITY_METRICS) {
  for (const word of [metric, label(`metric.${metric}`, 'en'), label(`metric.${metric}`, 'zh')]) {
    const key = normalizeStageKey(word);
    METRICS.set(key, metric);
    METRICS.set(key.replace(/s$/, ''), metric);
  }
}

/** Working days in a period: a week is 5, a month 52 weeks / 12 (playbook §8 counts per working day and week). */
const PERIODS = new Map<string, number>();
for (const [days, words] of [
  [1, ['day', 'daily', '天', '每天']],
  [5, ['week', 'weekly', '周', '每周']],
  [(5 * 52) / 12, ['month', 'monthly', '月', '每月']],
] as const) {
  for (const word of words) PERIODS.set(word, days);
}

const TIME: NumberRule = [NUMBER_0_UP, 0];
const SHARE_RULE: NumberRule = [FRACTION, 0, 1];

const percent = (n: number): string => `${Math.round(n * 1000) / 10}%`;

/**
 * Activity against its target band (playbook §8): below, on or above. Example: =ACTIVITY_CHECK("emails", 42)
 * @param {string} activity emails, calls, meetings, discovery calls, demos, proposals or self-generated.
 * @param {number} count Count, or self-generated share (35%) or hours.
 * @param {string|number} period Optional. day, week or month; for self-generated the total hours.
 * @param {string} language Optional. "en" or "zh".
 * @return {string} Status, figure and target band.
 * @customfunction
 */
export function ACTIVITY_CHECK(
  activity: unknown,
  count: unknown,
  period?: unknown,
  language?: unknown,
): Spill<string> {
  const fn = 'ACTIVITY_CHECK';
  const lang = readLanguage(fn, language);
  const zh = lang === 'zh';
  return byRow(
    fn,
    'activity count period',
    [activity, count, period],
    ([activityCell, countCell, periodCell], row) => {
      if (isBlank(activityCell)) return '';
      const metric = METRICS.get(normalizeStageKey(String(activityCell)));
      if (!metric) throw formulaError(fn, 'activity', row, activityCell, ACTIVITY);
      const days = PERIODS.get(normalizeStageKey(String(periodCell)));
      let figure: number | null;
      if (metric === SHARE) {
        // A share is the same over any period; a number in period is the total time.
        const total = days ? null : readNumber(fn, 'period', row, periodCell, TIME);
        figure = readNumber(fn, 'count', row, countCell, total === null ? SHARE_RULE : TIME);
        if (figure !== null && total !== null) {
          if (figure > total) throw formulaError(fn, 'count', row, countCell, AT_MOST_PERIOD);
          figure = selfGeneratedShare(figure, total);
        }
      } else {
        if (!days && !isBlank(periodCell))
          throw formulaError(fn, 'period', row, periodCell, PERIOD);
        figure = readNumber(fn, 'count', row, countCell, TIME);
        // The count over its period as a count over the target's: a day, or a 5-day week.
        if (figure !== null && days)
          figure =
            Math.round(((figure * (ACTIVITY_TARGETS[metric].per === 'day' ? 1 : 5)) / days) * 1e9) /
            1e9;
      }
      if (figure === null) return '';
      const { actual, min, max, per, status } = activityVsTargets({ [metric]: figure })[0];
      const share = per === 'share';
      const unit = share ? '' : label(per === 'day' ? 'perDay' : 'perWeek', lang);
      const shown = share ? percent(actual) : Math.round(actual * 10) / 10;
      const band = share ? `${percent(min)}-${percent(max)}` : `${min}-${max}`;
      const verdict = label(`activity.${status}`, lang);
      return zh
        ? `${verdict}：${unit && `${unit} `}${shown}（目标 ${band}）`
        : `${verdict}: ${shown}${unit && ` ${unit}`} (target ${band})`;
    },
    lang,
  );
}
