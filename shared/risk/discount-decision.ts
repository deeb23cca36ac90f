import { MAX_DISCOUNT } from './discount-check';

/** The three questions of the discount decision tree, in the order they are asked. */
export type DiscountQuestion = 'budget' | 'strategic' | 'competitivePressure';

/** Where the discount decision tree ends. */
export type DiscountOutcome = 'noBudget' | 'strategic' | 'competitive' | 'holdPrice';

/** Answers given so far; a missing answer is a question still to ask. */
export type DiscountAnswers = Readonly<Partial<Record<DiscountQuestion, boolean>>>;

/** Result of `discountDecision`: the next question, or the outcome and the largest discount it allows. */
export type DiscountDecision =
  | { readonly next: DiscountQuestion }
  | { readonly outcome: DiscountOutcome; readonly maxDiscount: number };

/**
 * The discount decision tree (playbook §5 and §10): does the buyer have the
 * budget? → is it a strategic account? → is there competitive pressure?
 * - no budget: no discount (a discount does not create a budget; re-scope,
 *   phase or wait for the budget instead);
 * - budget and a strategic account: up to 20%, traded for something;
 * - budget, not strategic, under competitive pressure: up to 20%, traded;
 * - budget, not strategic, no pressure: hold the price, no discount.
 * Every discount the tree allows is capped at 20% and traded for an annual
 * commitment, a case study or a referral, never given (§5). The playbook
 * names the three questions; the outcomes of each branch are written here
 * from its two rules (the 20% ceiling, the trade).
 *
 * @param answers - the answers so far
 * @returns `{ next }` while a question is open, else `{ outcome, maxDiscount }`
 * @example
 * discountDecision({}) // => { next: 'budget' }
 * discountDecision({ budget: true, strategic: false, competitivePressure: false })
 * // => { outcome: 'holdPrice', maxDiscount: 0 }
 */
export function discountDecision(answers: DiscountAnswers): DiscountDecision {
  if (answers.budget === undefined) return { next: 'budget' };
  if (!answers.budget) return { outcome: 'noBudget', maxDiscount: 0 };
  if (answers.strategic === undefined) return { next: 'strategic' };
  if (answers.strategic) return { outcome: 'strategic', maxDiscount: MAX_DISCOUNT };
  if (answers.competitivePressure === undefined) return { next: 'competitivePressure' };
  return answers.competitivePressure
    ? { outcome: 'competitive', maxDiscount: MAX_DISCOUNT }
    : { outcome: 'holdPrice', maxDiscount: 0 };
}
