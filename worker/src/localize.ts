import type { AnalysisAnswer } from '../../shared/analysis/analysis-answer';
import { translateMessage } from '../../shared/labels/translate-message';
import type { Language } from '../../shared/types';
import type { Problem } from './problem';

/** A problem body with its title, detail and messages in the language asked for. */
export function localizeProblem(problem: Problem, language: Language): Problem {
  if (language === 'en') return problem;
  return {
    ...problem,
    title: translateMessage(problem.title, language),
    detail: translateMessage(problem.detail, language),
    errors: problem.errors.map((e) => ({ ...e, message: translateMessage(e.message, language) })),
  };
}

/**
 * An analysis answer with its messages (cell errors, their groups and
 * samples, ingestion warnings and the report's warnings) in the language
 * asked for; figures, codes and values are left as they are.
 */
export function localizeAnswer(answer: AnalysisAnswer, language: Language): AnalysisAnswer {
  if (language === 'en') return answer;
  const t = (message: string) => translateMessage(message, language);
  return {
    ...answer,
    report: {
      ...answer.report,
      warnings: answer.report.warnings.map((w) => ({ ...w, message: t(w.message) })),
    },
    errors: answer.errors.map((e) => ({ ...e, message: t(e.message) })),
    errorGroups: answer.errorGroups.map((g) => ({
      ...g,
      message: t(g.message),
      samples: g.samples.map((s) => ({ ...s, message: t(s.message) })),
    })),
    warnings: answer.warnings.map(t),
  };
}
