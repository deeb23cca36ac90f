import { ProblemError } from './problem';

/** The condition a versioned write carries: a version it must replace, or none stored yet. */
export interface WriteCondition {
  ifVersion?: number;
  ifAbsent?: boolean;
}

/**
 * The version an If-Match header names: one version, quoted or bare, as an
 * ETag gave it (`"3"`, `3`, `W/"3"`).
 *
 * @param what - what the version belongs to, for the message ("snapshot", "call")
 * @throws {ProblemError} invalidRequest for anything else
 */
export function matchedVersion(ifMatch: string, what: string): number {
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(ifMatch);
  if (!match) {
    throw new ProblemError(
      'invalidRequest',
      `If-Match must be one ${what} version, such as "3", as the ETag header gave it.`,
      [{ field: 'If-Match', value: ifMatch, message: 'must be one version' }],
    );
  }
  return Number(match[1]);
}

/**
 * The condition of a write from its If-Match (one version) and If-None-Match
 * (only `*`) headers; neither gives an unconditional write.
 *
 * @param what - what the version belongs to, for the message ("snapshot", "call")
 * @throws {ProblemError} invalidRequest for both headers at once or any other value
 */
export function writePrecondition(
  ifMatch: string | undefined,
  ifNoneMatch: string | undefined,
  what: string,
): WriteCondition {
  if (ifMatch !== undefined && ifNoneMatch !== undefined) {
    throw new ProblemError('invalidRequest', 'Send either If-Match or If-None-Match, not both.', [
      { field: 'If-Match', message: 'not with If-None-Match' },
    ]);
  }
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*') {
      throw new ProblemError('invalidRequest', 'If-None-Match accepts only "*".', [
        { field: 'If-None-Match', value: ifNoneMatch, message: 'must be *' },
      ]);
    }
    return { ifAbsent: true };
  }
  if (ifMatch === undefined) return {};
  return { ifVersion: matchedVersion(ifMatch, what) };
}
