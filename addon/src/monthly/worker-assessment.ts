import { fetchWorkerJson } from './fetch-worker-json';
import type { JsonAnswer, MonthRowView, WorkerAssessment } from './monthly-types';

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
 * The month's self-assessment and trend from the analytics Worker: GET
 * /v1/reports/monthly?month=… and /v1/trends?from=…&to=… with the user's key.
 * Both must answer, or the caller falls back to the sheet.
 *
 * @param baseUrl - the Worker URL from Settings, without a trailing slash
 * @param apiKey - the user's key
 * @param month - the assessed month, YYYY-MM
 * @param from - the first month of the trend, YYYY-MM
 * @throws Error in plain words when a call fails or sends something unreadable
 */
export function workerAssessment(
  baseUrl: string,
  apiKey: string,
  month: string,
  from: string,
): WorkerAssessment {
  const report = fetchWorkerJson(baseUrl, apiKey, '/v1/reports/monthly', { month });
  const trends = fetchWorkerJson(baseUrl, apiKey, '/v1/trends', { from, to: month });
  const snapshot = isObject(report) ? report.snapshotAsOf : null;
  return {
    answers: readAnswers(report),
    months: readMonths(trends),
    snapshotAsOf: typeof snapshot === 'string' ? snapshot : null,
  };
}
