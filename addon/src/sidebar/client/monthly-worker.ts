import type { Language } from '../../../../shared/types';
import type {
  JsonAnswer,
  MonthlyFallback,
  MonthRowView,
  WorkerAssessment,
  WorkerBodies,
} from '../../monthly/monthly-types';

const FALLBACK = {
  noKey: {
    en: 'An analytics service URL is set but no API key is saved',
    zh: '已设置分析服务网址，但未保存 API 密钥',
  },
  otherUrl: {
    en: 'Your API key was saved for another analytics service URL; enter it again in Settings to use {url}',
    zh: '您的 API 密钥是为另一个分析服务网址保存的；要使用 {url}，请在设置中重新输入密钥',
  },
  failed: {
    en: 'The analytics service could not be used: {error}',
    zh: '无法使用分析服务：{error}',
  },
} as const;

/** Why the sheet is used although a Worker is configured, in the user's language. */
export function fallbackText(fallback: MonthlyFallback, language: Language): string {
  const text: string = FALLBACK[fallback.reason][language];
  return fallback.reason === 'otherUrl'
    ? text.replace('{url}', () => fallback.url)
    : fallback.reason === 'failed'
      ? text.replace('{error}', () => fallback.error)
      : text;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const numberOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

function readAnswers(body: unknown): JsonAnswer[] {
  const answers = isObject(body) ? body.answers : undefined;
  if (!Array.isArray(answers) || answers.length !== 8) {
    throw new Error('/v1/reports/monthly did not send the eight answers');
  }
  return answers.map((a, i) => {
    const ok =
      isObject(a) &&
      a.question === i + 1 &&
      (a.answer === null || typeof a.answer === 'string' || typeof a.answer === 'number') &&
      isObject(a.figures);
    if (!ok) throw new Error(`/v1/reports/monthly sent an unreadable answer ${i + 1}`);
    return a as unknown as JsonAnswer;
  });
}

function readMonths(body: unknown): MonthRowView[] {
  const months = isObject(body) ? body.months : undefined;
  if (!Array.isArray(months)) throw new Error('/v1/trends did not send months');
  return months.filter(isObject).map((m) => ({
    month: String(m.month),
    won: numberOrNull(m.won) ?? 0,
    lost: numberOrNull(m.lost) ?? 0,
    winRate: numberOrNull(m.winRate),
    wonAmount: numberOrNull(m.wonAmount) ?? 0,
    averageDealSize: numberOrNull(m.averageDealSize),
  }));
}

/**
 * The month's self-assessment and trend as the analytics Worker sent them
 * (GET /v1/reports/monthly and /v1/trends, passed on by the server), checked:
 * the eight answers in question order, each with its figures, and the months.
 *
 * @throws Error in plain words when a body is not what the Worker sends; the
 *   sidebar then falls back to the sheet and says why
 */
export function workerAssessment(bodies: WorkerBodies): WorkerAssessment {
  const { report, trends } = bodies;
  const snapshot = isObject(report) ? report.snapshotAsOf : null;
  return {
    answers: readAnswers(report),
    months: readMonths(trends),
    snapshotAsOf: typeof snapshot === 'string' ? snapshot : null,
  };
}
