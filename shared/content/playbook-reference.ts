import type { Language } from '../types';
import type { Bilingual } from './bilingual';
import { BUYING_SIGNALS, CLOSING_APPROACHES } from './closing';
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
}

/**
 * The sidebar's playbook reference (playbook §10) in the user's language:
 * discovery questions by category, the LAER method with responses by
 * objection type, buying signals and closing approaches. (The discount
 * decision tree and the mutual action plan are interactive in the scorecard:
 * `DISCOUNT_DECISION_TREE`, `MUTUAL_ACTION_PLAN`.)
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
  };
}
