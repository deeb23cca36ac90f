import type { ObjectionType } from '../../../../shared/analysis/objection-type';
import { label } from '../../../../shared/index';
import type { Language, StageTable } from '../../../../shared/types';
import { stageDisplay } from '../../lib/stage-display';
import type { AnswerView, JsonAnswer } from '../../monthly/monthly-types';

const OBJECTION_TYPES: readonly ObjectionType[] = ['price', 'timing', 'authority', 'statusQuo'];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const percent = (v: unknown): string => {
  const n = num(v);
  return n === null ? '–' : `${Math.round(n * 100)}%`;
};

function answerText(a: JsonAnswer, language: Language, table: StageTable): string {
  if (a.answer === null) return label('notEnoughData', language);
  switch (a.question) {
    case 1:
    case 4:
      return a.answer === 'up'
        ? label('trendUp', language)
        : a.answer === 'down'
          ? label('trendDown', language)
          : a.answer === 'flat'
            ? label('trendFlat', language)
            : String(a.answer);
    case 2:
      return stageDisplay(table, String(a.answer), language);
    case 3:
    case 7:
      return percent(a.answer);
    case 5:
      return OBJECTION_TYPES.includes(a.answer as ObjectionType)
        ? label(`objection.${a.answer as ObjectionType}`, language)
        : String(a.answer);
    default:
      return String(a.answer);
  }
}

/**
 * One self-assessment answer (playbook §9) ready for the sidebar and the
 * report tab, worded in the sidebar: the question and the answer in the user's language, with the
 * figures behind it (the sidebar words them: `answerDetail`). Works on the
 * Worker's JSON and the sheet's answers alike.
 */
export function monthlyAnswerView(
  a: JsonAnswer,
  language: Language,
  table: StageTable,
): AnswerView {
  return {
    question: a.question,
    text: label(`question.${a.question}`, language),
    answer: a.answer,
    answerText: answerText(a, language, table),
    figures: a.figures,
  };
}
