import type { TerritoryReview } from '../../../../shared/index';
import { label } from '../../../../shared/labels/label';
import type { Language } from '../../../../shared/types';
import { SET_UP_SHEETS } from '../../menu/set-up-sheets-title';
import { formatPercent } from './format-percent';
import type { WinLossSection } from './monthly-sections';
import { monthlyText } from './monthly-text';

/** "Tier-1 coverage 85%: above 80%" (or "must exceed"), or null without tier-1 accounts. */
export function coverageLine(review: TerritoryReview, language: Language): string | null {
  if (review.tier1Healthy === null) return null;
  return monthlyText(review.tier1Healthy ? 'tier1Ok' : 'tier1Low', language, {
    coverage: formatPercent(review.tiers[1].coverage),
  });
}

/** A tier's coverage window: its days, or "any touch" for new inbound. */
export function windowText(days: number | null, language: Language): string | number {
  return days === null ? monthlyText('anyTouch', language) : days;
}

/** What a missing template tab means and the menu item that adds it. */
export function noTabLine(
  what: 'accountsTab' | 'activityTab' | 'winLossTab',
  language: Language,
): string {
  return monthlyText('noTab', language, {
    what: monthlyText(what, language),
    menu: SET_UP_SHEETS[language],
  });
}

/** The outcome a skill shows in: "Conversion out of Proposal" or "Tier-1 coverage". */
export function skillMeasure(skill: WinLossSection['skills'][number], language: Language): string {
  if (skill.outcome.measure === 'tier1Coverage') return monthlyText('tier1Coverage', language);
  return skill.stage
    ? monthlyText('conversion', language, { stage: skill.stage })
    : label('notEnoughData', language);
}
