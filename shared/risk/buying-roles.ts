import type { Language } from '../types';

/**
 * The seven buying roles of an enterprise deal, in the order they are asked
 * for: user, budget owner, decision maker (the economic buyer, who signs),
 * champion, influencer, technical evaluator (the optimiser) and a blocker
 * who is known.
 */
export type BuyingRole =
  | 'champion'
  | 'decisionMaker'
  | 'technicalEvaluator'
  | 'user'
  | 'budgetOwner'
  | 'influencer'
  | 'blocker';

/**
 * Each role's words, English then Chinese: the first English and the first
 * Chinese word are how the role is shown, all of them are accepted as input
 * (compared without case, spaces, `-` or `_`).
 */
export const BUYING_ROLE_WORDS: Readonly<
  Record<BuyingRole, { readonly en: readonly string[]; readonly zh: readonly string[] }>
> = {
  champion: { en: ['Champion', 'coach'], zh: ['内部支持者', '支持者', '教练'] },
  decisionMaker: {
    en: ['Decision maker', 'economic buyer', 'signer'],
    zh: ['决策者', '经济买家', '拍板人'],
  },
  technicalEvaluator: {
    en: ['Technical evaluator', 'optimiser', 'optimizer', 'technical buyer'],
    zh: ['技术评估者', '优化者', '技术把关者'],
  },
  user: { en: ['User', 'end user'], zh: ['使用者', '用户', '最终用户'] },
  budgetOwner: { en: ['Budget owner', 'budget holder'], zh: ['预算拥有者', '预算负责人'] },
  influencer: { en: ['Influencer'], zh: ['影响者'] },
  blocker: { en: ['Blocker known', 'blocker'], zh: ['已知阻碍者', '阻碍者', '反对者'] },
};

/** The seven roles in the order they become required as deals grow. */
export const BUYING_ROLES = Object.keys(BUYING_ROLE_WORDS) as BuyingRole[];

const key = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, '');
const BY_WORD = new Map<string, BuyingRole>(
  BUYING_ROLES.flatMap((role) =>
    [...BUYING_ROLE_WORDS[role].en, ...BUYING_ROLE_WORDS[role].zh].map(
      (word) => [key(word), role] as const,
    ),
  ),
);

/**
 * A buying role from its English or Chinese word, or `null` when unknown.
 *
 * @example
 * parseBuyingRole('Economic buyer') // => 'decisionMaker'
 * parseBuyingRole('优化者') // => 'technicalEvaluator'
 */
export function parseBuyingRole(text: string): BuyingRole | null {
  return BY_WORD.get(key(text)) ?? null;
}

/**
 * How a buying role is shown.
 *
 * @example
 * buyingRoleLabel('blocker', 'zh') // => '已知阻碍者'
 */
export function buyingRoleLabel(role: BuyingRole, language: Language): string {
  return BUYING_ROLE_WORDS[role][language][0];
}
