import { addonText } from '../../../../shared/content/addon-text';
import { label } from '../../../../shared/labels/label';
import type { MonthlyAssessmentView } from '../../monthly/monthly-types';
import { SKILL_NAMES, WIN_LOSS } from '../../setup/templates';
import { activityBand } from './activity-band';
import { activityFigure } from './activity-figure';
import { formatPercent } from './format-percent';
import { h } from './h';
import { coverageLine, noTabLine, skillMeasure } from './monthly-lines';
import { type MonthlySections, tierName } from './monthly-sections';
import { monthlyText } from './monthly-text';

const num = (text: string | number) => h('td', { class: 'num' }, String(text));
const head = (...cells: string[]) =>
  h(
    'thead',
    {},
    h(
      'tr',
      {},
      cells.map((c, i) => h('th', { scope: 'col', class: i ? 'num' : undefined }, c)),
    ),
  );

/**
 * The monthly sections in the sidebar, sized for its 300 px: territory
 * review with the tier-1 verdict and the drop and re-tier lists, each rep's
 * activity against the targets, win reasons, what worked and what did not,
 * and the self-scores next to their outcomes with the mismatches called out.
 */
export function monthlySectionElements(
  s: MonthlySections,
  view: MonthlyAssessmentView,
): HTMLElement {
  const lang = view.language;
  const t = (key: Parameters<typeof monthlyText>[0], values = {}) => monthlyText(key, lang, values);
  const missing = (testId: string, text: string) =>
    h('p', { class: 'muted', 'data-testid': testId }, text);

  let territory: HTMLElement;
  if (!s.territory) territory = missing('territory-missing', noTabLine('accountsTab', lang));
  else {
    const { review } = s.territory;
    const verdict = coverageLine(review, lang);
    territory = h(
      'div',
      { 'data-testid': 'territory' },
      h('p', { class: 'muted' }, t('asOf', { tab: s.territory.tab, date: s.territory.asOf })),
      h(
        'table',
        {},
        head(
          label('tier', lang),
          label('accounts', lang),
          label('touched', lang),
          label('coverage', lang),
        ),
        h(
          'tbody',
          {},
          ([1, 2, 3, 'new'] as const)
            .filter((tier) => review.tiers[tier].accounts > 0)
            .map((tier) => {
              const f = review.tiers[tier];
              return h(
                'tr',
                { 'data-tier': tier },
                h('th', { scope: 'row' }, tierName(tier, lang)),
                num(f.accounts),
                num(f.touched),
                num(formatPercent(f.coverage)),
              );
            }),
        ),
      ),
      verdict
        ? h('p', { class: review.tier1Healthy ? 'ok' : 'warn', 'data-testid': 'tier1' }, verdict)
        : null,
      h('h3', {}, t('drop')),
      h(
        'ul',
        { 'data-testid': 'drop' },
        review.drop.length
          ? review.drop.map((a) => h('li', {}, `${a.account} · ${a.idleDays ?? t('never')}`))
          : h('li', { class: 'muted' }, label('none', lang)),
      ),
      review.reTier.length
        ? [
            h('h3', {}, t('reTier')),
            h(
              'ul',
              { 'data-testid': 'retier' },
              review.reTier.map((a) =>
                h(
                  'li',
                  {},
                  `${a.account}: ${tierName(a.tier, lang)} → ${tierName(a.suggested ?? null, lang)}`,
                ),
              ),
            ),
          ]
        : null,
    );
  }

  let activity: HTMLElement;
  if (!s.activity) activity = missing('activity-missing', noTabLine('activityTab', lang));
  else if (s.activity.reps.length === 0)
    activity = missing('activity-none', t('noActivity', { month: view.month }));
  else {
    activity = h(
      'div',
      { 'data-testid': 'activity' },
      s.activity.reps.map((rep) =>
        h(
          'table',
          { 'data-testid': 'rep', 'data-rep': rep.rep },
          h('caption', {}, `${rep.rep} · ${rep.days} ${t('daysWorked')}`),
          head(label('activity', lang), label('actual', lang), label('target', lang)),
          h(
            'tbody',
            {},
            rep.results.map((r) =>
              h(
                'tr',
                {
                  'data-metric': r.metric,
                  'data-status': r.status,
                  class: r.status === 'onTarget' ? '' : 'warn',
                },
                h('th', { scope: 'row' }, label(`metric.${r.metric}`, lang)),
                h(
                  'td',
                  { class: 'num', title: label(`activity.${r.status}`, lang) },
                  activityFigure(r.metric, r.actual),
                ),
                num(activityBand(r, lang)),
              ),
            ),
          ),
        ),
      ),
    );
  }

  let winLoss: HTMLElement;
  if (!s.winLoss) winLoss = missing('winloss-missing', noTabLine('winLossTab', lang));
  else {
    const w = s.winLoss;
    const col = (k: string) => WIN_LOSS.columns.find((c) => c[0] === k)![lang === 'zh' ? 2 : 1];
    winLoss = h(
      'div',
      { 'data-testid': 'winloss' },
      w.won + w.lost === 0
        ? h('p', { class: 'muted' }, t('noClosed', { month: view.month, tab: w.tab }))
        : [
            h('h3', {}, t('winReasons')),
            h(
              'ul',
              { 'data-testid': 'win-reasons' },
              w.winReasons.map((r) => h('li', {}, `${r.reason} · ${r.count}`)),
            ),
            h('h3', {}, t('notes')),
            h(
              'ul',
              { 'data-testid': 'notes' },
              w.notes.map((n) =>
                h(
                  'li',
                  {},
                  h(
                    'strong',
                    {},
                    t('dealOutcome', {
                      deal: n.deal,
                      outcome: label(n.won ? 'won' : 'lost', lang),
                    }),
                  ),
                  n.worked
                    ? h('div', {}, t('field', { name: col('worked'), value: n.worked }))
                    : null,
                  n.didNot
                    ? h('div', {}, t('field', { name: col('didNot'), value: n.didNot }))
                    : null,
                  n.lesson
                    ? h(
                        'div',
                        { class: 'muted' },
                        t('field', { name: col('lesson'), value: n.lesson }),
                      )
                    : null,
                ),
              ),
            ),
          ],
      h('h3', {}, t('selfScores')),
      h(
        'table',
        { 'data-testid': 'skills' },
        head(t('skill'), t('selfScore'), t('value'), t('bar')),
        h(
          'tbody',
          {},
          w.skills.map((k) =>
            h(
              'tr',
              { 'data-skill': k.skill, class: k.mismatch ? 'warn' : '' },
              h('th', { scope: 'row', title: skillMeasure(k, lang) }, SKILL_NAMES[lang][k.skill]),
              num(k.selfScore === null ? '–' : String(Math.round(k.selfScore * 10) / 10)),
              num(formatPercent(k.outcome.value)),
              num(formatPercent(k.outcome.expected)),
            ),
          ),
        ),
      ),
      w.skills
        .filter((k) => k.mismatch)
        .map((k) =>
          h(
            'p',
            { class: 'warn', 'data-testid': 'mismatch' },
            t('mismatchLine', {
              skill: SKILL_NAMES[lang][k.skill],
              measure: skillMeasure(k, lang),
              note: t('mismatch'),
            }),
          ),
        ),
    );
  }

  return h(
    'div',
    { 'data-testid': 'sections' },
    h('section', {}, h('h2', {}, t('territory')), territory),
    h('section', {}, h('h2', {}, t('activity')), activity),
    h('section', {}, h('h2', {}, t('winLossTitle')), winLoss),
    s.problems.length
      ? h(
          'details',
          { class: 'warn', 'data-testid': 'section-problems' },
          h('summary', {}, addonText('dataProblems', lang, { count: s.problems.length })),
          h(
            'ul',
            {},
            s.problems.slice(0, 20).map((p) => h('li', {}, p)),
          ),
        )
      : null,
  );
}
