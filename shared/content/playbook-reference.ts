import type { Language } from '../types';
import type { Bilingual } from './bilingual';
import { BUYING_SIGNALS, CLOSING_APPROACHES } from './closing';
import { DISCOUNT_DECISION_TREE, MUTUAL_ACTION_PLAN } from './deal-desk';
import { DISCOVERY_QUESTIONS } from './discovery-questions';
import { LAER_STEPS, OBJECTION_RESPONSES } from './objection-handling';

/** The playbook reference content (§10) in one language, ready to render. */
export interface PlaybookReference {
  readonly discovery: readonly { title: string; questions: string[] }[];
  readonly laer: readonly { title: string; how: string }[];
  readonly objections: readonly {
    type: string;
    title: string;
    sounds: string;
    explore: string;
    responses: string[];
  }[];
  readonly signals: { verbal: string[]; behavioural: string[] };
  readonly closing: readonly { title: string; when: string; example: string }[];
  readonly discountTree: readonly { question: string; yes: string; no: string }[];
  readonly actionPlan: readonly { title: string; owner: string }[];
}

/**
 * The sidebar's playbook reference (playbook §10) in the user's language:
 * discovery questions by category, the LAER method with responses by
 * objection type, buying signals, closing approaches, the discount decision
 * tree and the mutual action plan steps.
 *
 * @example
 * playbookReference('zh').objections[0].title // => '价格'
 */
export function playbookReference(language: Language): PlaybookReference {
  const t = (text: Bilingual) => text[language];
  return {
    discovery: DISCOVERY_QUESTIONS.map((group) => ({
      title: t(group.title),
      questions: group.questions.map(t),
    })),
    laer: LAER_STEPS.map((step) => ({ title: t(step.title), how: t(step.how) })),
    objections: OBJECTION_RESPONSES.map((o) => ({
      type: o.type,
      title: t(o.title),
      sounds: t(o.sounds),
      explore: t(o.explore),
      responses: o.responses.map(t),
    })),
    signals: {
      verbal: BUYING_SIGNALS.filter((s) => s.kind === 'verbal').map((s) => t(s.text)),
      behavioural: BUYING_SIGNALS.filter((s) => s.kind === 'behavioural').map((s) => t(s.text)),
    },
    closing: CLOSING_APPROACHES.map((c) => ({
      title: t(c.title),
      when: t(c.when),
      example: t(c.example),
    })),
    discountTree: DISCOUNT_DECISION_TREE.map((s) => ({
      question: t(s.question),
      yes: t(s.yes),
      no: t(s.no),
    })),
    actionPlan: MUTUAL_ACTION_PLAN.map((s) => ({ title: t(s.title), owner: t(s.owner) })),
  };
}
