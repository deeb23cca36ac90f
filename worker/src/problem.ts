import { errorSamples } from '../../shared/analysis/analysis-answer';
import { clipText } from '../../shared/ingest/error-log';
import type { CellError, ErrorGroup } from '../../shared/types';

/** One entry of a problem body's `errors[]`: a cell, a row or a request field. */
export interface ProblemDetail {
  /** 1-based row of the input (header = row 1), for data errors. */
  row?: number;
  /** Column header as it appears in the input, for data errors. */
  column?: string;
  /** Deal field or request field (`options.dateOrder`). */
  field?: string;
  /** The rejected value, as text. */
  value?: string;
  message: string;
}

/** An RFC 9457 problem body, as every error response of the API carries. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: ProblemDetail[];
}

/**
 * The kinds of problem the API answers with. The `type` of each body points
 * at its entry on the docs page.
 */
export const PROBLEMS = {
  malformedJson: { status: 400, title: 'Malformed JSON' },
  invalidRequest: { status: 400, title: 'Invalid request' },
  unauthorized: { status: 401, title: 'API key required' },
  invalidKey: { status: 401, title: 'Invalid API key' },
  notFound: { status: 404, title: 'Not found' },
  methodNotAllowed: { status: 405, title: 'Method not allowed' },
  preconditionFailed: { status: 412, title: 'Precondition failed' },
  bodyTooLarge: { status: 413, title: 'Request body too large' },
  dealTooLarge: { status: 413, title: 'Deal too large' },
  unsupportedMediaType: { status: 415, title: 'Unsupported content type' },
  emptyInput: { status: 422, title: 'Empty input' },
  invalidData: { status: 422, title: 'Invalid pipeline data' },
  tooManyDeals: { status: 422, title: 'Too many deals in one snapshot' },
  tooManySnapshots: { status: 409, title: 'Too many snapshots' },
  teamStorageFull: { status: 409, title: 'Team storage full' },
  tooManyCalls: { status: 409, title: 'Too many forecast calls' },
  rateLimited: { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemKind = keyof typeof PROBLEMS;

/** The id of a problem kind's entry on the docs page: `invalidKey` → `problem-invalid-key`. */
export const problemAnchor = (kind: ProblemKind) =>
  `problem-${kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Details listed in one problem body; a request can never make a body grow past them. */
const MAX_DETAILS = 100;

/**
 * Builds the problem body of one kind. Text the request supplied may be
 * echoed in `detail` and `errors`: both are clipped (at most 100 details,
 * 200 characters a value, 1,000 a message), so a problem body stays small
 * whatever the request held.
 */
export function problem(kind: ProblemKind, detail: string, errors: ProblemDetail[] = []): Problem {
  const { status, title } = PROBLEMS[kind];
  return {
    type: `/docs#${problemAnchor(kind)}`,
    title,
    status,
    detail: clipText(detail, 1000),
    errors: errors.slice(0, MAX_DETAILS).map((e) => ({
      ...e,
      ...(e.column !== undefined ? { column: clipText(e.column) } : {}),
      ...(e.value !== undefined ? { value: clipText(e.value) } : {}),
      message: clipText(e.message, 1000),
    })),
  };
}

/** Thrown by handlers and middleware; `app.onError` answers with its body. */
export class ProblemError extends Error {
  readonly problem: Problem;
  /** Extra response headers, such as Retry-After. */
  readonly headers: Record<string, string>;
  constructor(
    kind: ProblemKind,
    detail: string,
    errors: ProblemDetail[] = [],
    headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.problem = problem(kind, detail, errors);
    this.headers = headers;
  }
}

/** Copies ingestion errors into problem details, dropping nothing the user needs. */
export function cellErrorsToDetails(errors: readonly CellError[]): ProblemDetail[] {
  return errors.map((e) => ({
    row: e.row,
    ...(e.column !== undefined ? { column: e.column } : {}),
    ...(e.field !== undefined ? { field: e.field } : {}),
    ...(e.value !== undefined ? { value: e.value } : {}),
    message: e.message,
  }));
}

/** The sample cells of each cause as problem details (see `errorSamples`). */
export function groupSamples(groups: readonly ErrorGroup[]): ProblemDetail[] {
  return cellErrorsToDetails(errorSamples(groups));
}

/** A JSON response with the problem content type. */
export function problemResponse(body: Problem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}
