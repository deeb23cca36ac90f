import { DISCOUNT_DECISION_TREE } from '../../../../shared/content/deal-desk';
import { discountCheck } from '../../../../shared/risk/discount-check';
import {
  type DiscountAnswers,
  type DiscountOutcome,
  type DiscountQuestion,
  discountDecision,
} from '../../../../shared/risk/discount-decision';
import type { Language } from '../../../../shared/types';
import { formatPercent } from './format-percent';
import { h } from './h';
import { scorecardText } from './scorecard-text';

/** The advice at each leaf: the tree's own text for the answer that ends there. */
function advice(outcome: DiscountOutcome, lang: Language): string {
  const [budget, strategic, pressure] = DISCOUNT_DECISION_TREE;
  const text = {
    noBudget: budget.no,
    strategic: strategic.yes,
    competitive: pressure.yes,
    holdPrice: pressure.no,
  }[outcome];
  return text[lang];
}

/**
 * The discount decision tree, one question at a time (budget? → strategic
 * account? → competitive pressure?), the answers so far above the open
 * question, and at the end the advice, the discount allowed and whether the
 * deal's own discount fits (the shared `discountDecision` and `discountCheck`).
 */
export function discountTree(discount: number | null, lang: Language): HTMLElement {
  const box = h('div', { class: 'tree', 'data-testid': 'discount-tree' });
  let answers: DiscountAnswers = {};
  const render = () => {
    const decision = discountDecision(answers);
    const asked = DISCOUNT_DECISION_TREE.filter((step) => answers[step.id] !== undefined);
    const parts: (HTMLElement | null)[] = asked.map((step) =>
      h(
        'div',
        { class: 'muted' },
        `${step.question[lang]} ${scorecardText(answers[step.id] ? 'yes' : 'no', lang)}`,
      ),
    );
    if ('next' in decision) {
      const step = DISCOUNT_DECISION_TREE.find((s) => s.id === decision.next)!;
      const answer = (id: DiscountQuestion, value: boolean) => () => {
        answers = { ...answers, [id]: value };
        render();
      };
      parts.push(
        h('div', { 'data-testid': 'tree-question' }, step.question[lang]),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            { type: 'button', 'data-testid': 'tree-yes', onclick: answer(step.id, true) },
            scorecardText('yes', lang),
          ),
          h(
            'button',
            { type: 'button', 'data-testid': 'tree-no', onclick: answer(step.id, false) },
            scorecardText('no', lang),
          ),
        ),
      );
    } else {
      const fits =
        discount === null || !(discount >= 0 && discount <= 1)
          ? null
          : discountCheck(discount, decision).ok;
      parts.push(
        h(
          'div',
          { 'data-testid': 'tree-outcome', 'data-outcome': decision.outcome },
          advice(decision.outcome, lang),
        ),
        h(
          'div',
          { 'data-testid': 'tree-allowed' },
          decision.maxDiscount > 0
            ? scorecardText('upTo', lang, { max: formatPercent(decision.maxDiscount) })
            : scorecardText('noneAllowed', lang),
        ),
        fits === null || discount === null
          ? null
          : h(
              'div',
              { class: fits ? 'ok' : 'warn', 'data-testid': 'tree-deal' },
              scorecardText(fits ? 'dealFits' : 'dealBreaks', lang, {
                discount: formatPercent(discount),
              }),
            ),
        h(
          'button',
          {
            type: 'button',
            'data-testid': 'tree-restart',
            onclick: () => {
              answers = {};
              render();
            },
          },
          scorecardText('startAgain', lang),
        ),
      );
    }
    box.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  };
  render();
  return box;
}
