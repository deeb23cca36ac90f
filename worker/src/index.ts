import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { useRowKernel } from '../../shared/ingest/row-kernel';
import rowKernel from '../../shared/kernel/row-kernel.wasm';
import { PlaybookError } from '../../shared/types';
import { localizeProblem } from './localize';
import {
  cellErrorsToDetails,
  type Problem,
  PROBLEMS,
  type ProblemKind,
  ProblemError,
  problem,
  problemResponse,
} from './problem';
import { requestLanguage } from './request-language';
import { createRouter } from './router';
import { adminStorage } from './routes/admin-storage';
import { analyze } from './routes/analyze';
import { cohorts } from './routes/cohorts';
import { dealHistory } from './routes/deal-history';
import { docs, OPENAPI_INFO } from './routes/docs';
import { forecastAccuracy } from './routes/forecast-accuracy';
import { forecastCalls } from './routes/forecast-calls';
import { health } from './routes/health';
import { reports } from './routes/reports';
import { snapshots } from './routes/snapshots';
import { trends } from './routes/trends';
import { waterfall } from './routes/waterfall';

// CSV bodies are read with the compiled row kernel (Workers compile no
// WebAssembly from bytes at run time; wrangler bundles the module).
useRowKernel(rowKernel);

const app = createRouter();

/**
 * Security headers on every answer of the Worker (static assets get the same
 * from worker/public/_headers). A page that needs more, such as /docs with its
 * inline script, sets its own Content-Security-Policy.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

app.use('*', async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!c.res.headers.has(name)) c.res.headers.set(name, value);
  }
});

// Messages in the language the request asks for (?lang=zh or Accept-Language):
// problem bodies are translated here, whichever route or middleware made them.
app.use('*', async (c, next) => {
  const language = requestLanguage(c.req.query('lang'), c.req.header('accept-language'));
  c.set('language', language);
  await next();
  c.res.headers.append('Vary', 'Accept-Language');
  if (language === 'en') return;
  c.res.headers.set('Content-Language', 'zh-Hans');
  if (c.res.headers.get('content-type') === 'application/problem+json') {
    const { status, headers } = c.res;
    const body = localizeProblem((await c.res.json()) as Problem, language);
    headers.delete('content-length');
    c.res = undefined;
    c.res = new Response(JSON.stringify(body), { status, headers });
  }
});

// Browser access only from the configured origins (ALLOWED_ORIGINS, comma-separated; "*" for any).
app.use('*', (c, next) => {
  const allowed = (c.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return cors({
    origin: (origin) => (allowed.includes('*') || allowed.includes(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    // If-Match / If-None-Match guard snapshot writes and deletes; ETag and Retry-After answer them.
    allowHeaders: [
      'Content-Type',
      'Authorization',
      'X-API-Key',
      'Accept-Language',
      'If-Match',
      'If-None-Match',
    ],
    exposeHeaders: ['ETag', 'Retry-After', 'Content-Language'],
    maxAge: 600,
  })(c, next);
});

// Refuse oversized bodies before any route reads them. A text/csv body of
// POST /v1/analyze is read as it arrives, so it has a limit of its own.
app.use('*', (c, next) => {
  const streamed =
    c.req.method === 'POST' &&
    c.req.path === '/v1/analyze' &&
    (c.req.header('content-type') ?? '').toLowerCase().startsWith('text/csv');
  const maxSize = streamed
    ? Number(c.env.MAX_CSV_BODY_BYTES) || 100_000_000
    : Number(c.env.MAX_BODY_BYTES) || 5_000_000;
  if (streamed) {
    // Counted as the route reads it (bodyLimit would first hold a body sent
    // without Content-Length whole); a declared length over the limit is
    // refused here.
    const length = c.req.header('content-length');
    if (length !== undefined && !c.req.raw.headers.has('transfer-encoding')) {
      if (Number(length) > maxSize) {
        throw new ProblemError('bodyTooLarge', `The request body is larger than ${maxSize} bytes.`);
      }
    }
    return next();
  }
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ProblemError('bodyTooLarge', `The request body is larger than ${maxSize} bytes.`);
    },
  })(c, next);
});

app.route('/', health);
app.route('/', analyze);
app.route('/', snapshots);
app.route('/', waterfall);
app.route('/', dealHistory);
app.route('/', trends);
app.route('/', cohorts);
app.route('/', forecastAccuracy);
app.route('/', forecastCalls);
app.route('/', reports);
app.route('/', adminStorage);

app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
  type: 'http',
  scheme: 'bearer',
  description: 'A team API key (`sp_…`), made with `npm run key -- create <team>`',
});
app.doc31('/openapi.json', OPENAPI_INFO);
app.route('/', docs);

/** Each route's path as a pattern (`:name` matches one segment) with its methods. */
const routeMethods = new Map<string, { pattern: RegExp; methods: Set<string> }>();
for (const { method, path } of app.routes) {
  if (method === 'ALL' || path.includes('*')) continue;
  const entry = routeMethods.get(path) ?? {
    pattern: new RegExp(
      `^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`,
    ),
    methods: new Set<string>(),
  };
  entry.methods.add(method);
  if (method === 'GET') entry.methods.add('HEAD');
  routeMethods.set(path, entry);
}

/** The methods a known path answers, empty for an unknown path. */
function allowedMethods(pathname: string): string[] {
  const methods = new Set<string>();
  for (const { pattern, methods: m } of routeMethods.values()) {
    if (pattern.test(pathname)) for (const method of m) methods.add(method);
  }
  return [...methods];
}

app.notFound((c) => {
  const { pathname } = new URL(c.req.url);
  const allowed = allowedMethods(pathname);
  if (allowed.length > 0) {
    allowed.push('OPTIONS');
    return problemResponse(
      problem(
        'methodNotAllowed',
        `${pathname} answers ${allowed.join(', ')} only, not ${c.req.method}.`,
      ),
      { Allow: allowed.join(', ') },
    );
  }
  return problemResponse(problem('notFound', `There is no ${c.req.method} ${pathname}.`));
});

const HTTP_KINDS: Record<number, ProblemKind> = {
  400: 'malformedJson',
  401: 'unauthorized',
  404: 'notFound',
  413: 'bodyTooLarge',
  415: 'unsupportedMediaType',
  429: 'rateLimited',
};

app.onError((err) => {
  if (err instanceof ProblemError) {
    return problemResponse(err.problem, err.headers);
  }
  if (err instanceof PlaybookError) {
    return problemResponse(problem('invalidData', err.message, cellErrorsToDetails(err.errors)));
  }
  if (err instanceof HTTPException && err.status < 500) {
    const kind = HTTP_KINDS[err.status];
    if (kind) return problemResponse(problem(kind, err.message || PROBLEMS[kind].title));
    return problemResponse({
      type: 'about:blank',
      title: err.message || 'Bad request',
      status: err.status,
      detail: err.message,
      errors: [],
    });
  }
  console.error('Unhandled error', err);
  return problemResponse(
    problem('internal', 'Something went wrong on our side; nothing was changed.'),
  );
});

export default app;
export { TeamSnapshots } from './storage/team-snapshots';
