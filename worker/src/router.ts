import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-env';
import { ProblemError, type ProblemDetail } from './problem';

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
}

/** Turns a query string's schema issues into details naming each parameter. */
function queryIssuesToDetails(
  issues: readonly Issue[],
  query: Record<string, string>,
): ProblemDetail[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({
        field: key,
        message: 'is not a query parameter of this endpoint',
      }));
    }
    const field = issue.path.map(String).join('.') || 'query';
    const value = query[field];
    return [{ field, ...(value !== undefined ? { value } : {}), message: issue.message }];
  });
}

/** Turns schema issues into problem details; cells of `rows` get their row and column. */
function issuesToDetails(issues: readonly Issue[], target: string): ProblemDetail[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const field = path.join('.') || (target === 'json' ? '(body)' : `(${target})`);
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
    defaultHook: (result, c) => {
      if (result.success) return;
      if (result.target === 'query') {
        const details = queryIssuesToDetails(result.error.issues, c.req.query());
        const first = details[0];
        throw new ProblemError(
          'invalidRequest',
          first
            ? `Query parameter ${first.field}: ${first.message}`
            : 'The query string does not match its schema.',
          details,
        );
      }
      const details = issuesToDetails(result.error.issues, result.target);
      const first = details[0];
      throw new ProblemError(
        'invalidRequest',
        first ? `${first.field}: ${first.message}` : 'The request does not match its schema.',
        details,
      );
    },
  });
}
