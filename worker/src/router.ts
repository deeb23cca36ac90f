import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env';
import { ProblemError, type ProblemDetail } from './problem';

interface Issue {
  path: PropertyKey[];
  message: string;
}

/** Turns schema issues into problem details; cells of `rows` get their row and column. */
function issuesToDetails(issues: readonly Issue[]): ProblemDetail[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const field = path.join('.') || '(body)';
    if (path[0] === 'rows' && path.length >= 2) {
      return {
        row: Number(path[1]) + 1,
        ...(path.length >= 3 ? { column: String(Number(path[2]) + 1) } : {}),
        field,
        message: issue.message,
      };
    }
    return { field, message: issue.message };
  });
}

/**
 * A router whose failed validations become `400 Invalid request` problems
 * naming each bad field. Every resource's sub-app is made with this.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const details = issuesToDetails(result.error.issues);
        const first = details[0];
        throw new ProblemError(
          'invalidRequest',
          first ? `${first.field}: ${first.message}` : 'The request does not match its schema.',
          details,
        );
      }
    },
  });
}
