import { DEAL_PLAYBOOK, type PlaybookTopic } from '../../../../shared/content/deal-playbook';
import { playbookStageOf } from '../../../../shared/content/playbook-stage-of';
import { stageExitCriterion } from '../../../../shared/stages/stage-exit-criterion';
import { stageLabel } from '../../../../shared/stages/stage-label';
import type { Language, StageDefinition } from '../../../../shared/types';
import { discountTree } from './discount-tree';
import { h } from './h';
import { scorecardText } from './scorecard-text';

/** Stages whose deals talk price: the discount decision tree is shown with them. */
const PRICE_STAGES = new Set(['Proposal', 'Negotiation']);

/** One playbook topic as a collapsible part, open when it belongs to the deal's stage. */
export function topicPart(topic: PlaybookTopic, lang: Language, open: boolean): HTMLElement {
  return h(
    'details',
    { open, 'data-topic': topic.id },
    h('summary', {}, topic.title[lang]),
    topic.intro ? h('p', {}, topic.intro[lang]) : null,
    topic.blocks.map((block) =>
      h(
        'div',
        {},
        block.heading ? h('strong', {}, block.heading[lang]) : null,
        h(
          'ul',
          {},
          block.lines.map((line) => h('li', {}, line[lang])),
        ),
      ),
    ),
  );
}

/** The discount decision tree as a collapsible part. */
export function discountTreePart(
  discount: number | null,
  lang: Language,
  open: boolean,
): HTMLElement {
  return h(
    'details',
    { open, 'data-topic': 'discountTree' },
    h('summary', {}, scorecardText('discountTree', lang)),
    discountTree(discount, lang),
  );
}

/**
 * What the playbook says for the deal's stage: the stage's exit criterion
 * (from the team's Stages tab, else the playbook's) as a card for the top of
 * the sidebar, and a section with the topics of that stage open, the discount
 * decision tree at Proposal and Negotiation. Returns the ids shown, so the
 * reference below leaves them out.
 */
export function stagePlaybookSection(
  stage: StageDefinition | null,
  discount: number | null,
  lang: Language,
): { exit: HTMLElement | null; section: HTMLElement | null; shown: Set<string> } {
  const shown = new Set<string>();
  if (!stage) return { exit: null, section: null, shown };
  const key = playbookStageOf(stage);
  const topics = DEAL_PLAYBOOK.filter((t) => t.stages.includes(key));
  for (const t of topics) shown.add(t.id);
  if (PRICE_STAGES.has(key)) shown.add('discountTree');
  const criterion = stageExitCriterion(stage, lang);
  const exit = criterion
    ? h(
        'div',
        { class: 'card', 'data-testid': 'exit-criterion' },
        h('strong', {}, scorecardText('exitCriterion', lang)),
        h('div', {}, criterion),
        h('div', { class: 'muted' }, scorecardText('exitHint', lang)),
      )
    : null;
  // Closed Lost has no content of its own: the whole playbook stays in the reference.
  const section =
    shown.size === 0
      ? null
      : h(
          'section',
          { 'data-testid': 'stage-playbook', 'data-stage': key },
          h('h2', {}, scorecardText('forStage', lang, { stage: stageLabel(stage, lang) })),
          topics.map((t) => topicPart(t, lang, true)),
          shown.has('discountTree') ? discountTreePart(discount, lang, true) : null,
        );
  return { exit, section, shown };
}
