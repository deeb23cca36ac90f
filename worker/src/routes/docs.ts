import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { PROBLEMS, type ProblemKind, problemAnchor } from '../problem';

/** Title and description of the OpenAPI document. */
export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Sales Playbook API',
    version: '1.0.0',
    description:
      'Pipeline analysis, snapshot history and reports for B2B sales teams. Rates are fractions 0..1; dates are YYYY-MM-DD. Send a key as `Authorization: Bearer sp_…` (or `X-API-Key`). Every error is an `application/problem+json` body whose `type` links to its entry under [Problems](#problems) on this page. Add `?lang=zh` or `Accept-Language: zh` for problem and cell messages in Simplified Chinese.',
  },
};

/** When each kind of problem is answered; typed so a new kind needs its sentence. */
const PROBLEM_CAUSES: Record<ProblemKind, string> = {
  malformedJson: 'The body is not valid JSON.',
  invalidRequest:
    'A field of the body or the query is missing, of the wrong type or out of range; `errors[].field` names each one.',
  unauthorized:
    'The endpoint needs an API key and the request sent none, or sent an `Authorization` scheme other than Bearer.',
  invalidKey: 'The API key sent is unknown or revoked.',
  notFound: 'No such path, or no stored data for what was asked.',
  methodNotAllowed:
    'The path exists but not for this method; the `Allow` header lists the methods it answers.',
  preconditionFailed:
    'A snapshot write or delete sent `If-Match` with a version that is no longer the stored one (or the date has no snapshot), or a write sent `If-None-Match: *` for a date that has one; nothing was stored or deleted.',
  bodyTooLarge:
    'The body is larger than its limit: a raw `text/csv` body of POST /v1/analyze past MAX_CSV_BODY_BYTES (counted as it arrives, so a body without `Content-Length` is stopped there), any other body past MAX_BODY_BYTES.',
  dealTooLarge:
    'One deal of a snapshot is larger, as stored, than the limit (MAX_DEAL_BYTES); `errors[]` names the row, the limit and the size.',
  unsupportedMediaType:
    'The body is neither application/json nor text/csv, or its bytes are invalid in the charset it declares.',
  emptyInput: 'The pipeline has a header but no deals, or no pipeline was sent.',
  invalidData:
    'No deal could be read; `errors[]` lists sample cells with their row, column, value and message.',
  tooManyDeals:
    'A snapshot holds more deals than the limit (MAX_DEALS_PER_SNAPSHOT); nothing was stored.',
  tooManySnapshots:
    'The team already keeps as many snapshot dates as the limit (MAX_SNAPSHOTS_PER_TEAM); replacing a stored date still works.',
  teamStorageFull:
    "A snapshot write would grow the team's stored snapshots past the limit (MAX_TEAM_STORAGE_BYTES); the detail gives the team's size and what the write would add. Delete old dates (DELETE /v1/snapshots/{date}); nothing was stored.",
  tooManyCalls:
    "The team already keeps 1,000 forecast calls for the period; replacing a rep's call still works. Nothing was stored.",
  rateLimited: 'Too many requests from this team or address; wait for the seconds in Retry-After.',
  internal: 'Something failed on the server; nothing was changed.',
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch,
  );

/** `code` spans for the backticks of a cause sentence. */
const inlineCode = (text: string) =>
  escapeHtml(text).replace(/`([^`]+)`/g, (_match, code: string) => `<code>${code}</code>`);

const problemList = Object.entries(PROBLEMS)
  .map(
    ([kind, p]) =>
      `<li id="${problemAnchor(kind as ProblemKind)}"><code>${p.status}</code> <strong>${escapeHtml(p.title)}</strong> — ${inlineCode(PROBLEM_CAUSES[kind as ProblemKind])}</li>`,
  )
  .join('\n');

/** The page's one inline script: starts Swagger UI. Its hash is in the page's CSP. */
const INIT_SCRIPT = `SwaggerUIBundle({
  url: '/openapi.json',
  dom_id: '#swagger-ui',
  tryItOutEnabled: true,
  defaultModelsExpandDepth: 1,
  defaultModelExpandDepth: 3,
  displayRequestDuration: true,
  onComplete: function () {
    // The rendered reference moves the problem list down: scroll back to the linked entry.
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target) target.scrollIntoView();
  },
});
`;

/**
 * The /docs page: Swagger UI (served from /dist/api-docs/, built by
 * worker/build.mjs) renders /openapi.json with try-it against this origin, and
 * the problem kinds are listed in the HTML itself so `/docs#problem-…` anchors
 * work before, and without, the script.
 */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(OPENAPI_INFO.info.title)}</title>
<link rel="stylesheet" href="/dist/api-docs/swagger-ui.css">
<style>
body{margin:0;font:15px/1.5 system-ui,sans-serif;color:#1f2933}
.links,#problems{max-width:1460px;margin:0 auto;padding:0 20px;box-sizing:border-box}
.links{padding-top:1rem}
#problems li{margin:.3rem 0}
#problems li:target{background:#fff3c4}
</style></head><body>
<p class="links">Machine-readable: <a href="/openapi.json">/openapi.json</a>. Report page: <a href="/">/</a>.</p>
<div id="swagger-ui"><noscript><p class="links">The interactive reference needs JavaScript; <a href="/openapi.json">/openapi.json</a> has the same content.</p></noscript></div>
<section id="problems">
<h2>Problems</h2>
<p>Every error is <code>application/problem+json</code>: <code>type</code> (a link to its entry here), <code>title</code>, <code>status</code>, <code>detail</code> and <code>errors[]</code> (each with <code>row</code>, <code>column</code>, <code>field</code>, <code>value</code>, <code>message</code> where they apply).</p>
<ul>
${problemList}
</ul>
</section>
<script src="/dist/api-docs/swagger-ui-bundle.js"></script>
<script>${INIT_SCRIPT}</script>
</body></html>`;

/** Base64 SHA-256 of the inline script, as a CSP source (`'sha256-…'`); computed once. */
let scriptHash: Promise<string> | undefined;
const inlineScriptHash = () => {
  scriptHash ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(INIT_SCRIPT))
    .then((digest) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
  return scriptHash;
};

/**
 * The page's Content-Security-Policy: scripts from this origin plus the page's
 * own inline script by its hash; styles may be inline (the page's own and the
 * style attributes Swagger UI writes); Swagger UI draws some icons as data: images.
 */
const docsPolicy = (hash: string) =>
  [
    "default-src 'self'",
    `script-src 'self' ${hash}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/** GET /docs: the API reference page. */
export const docs = new Hono<AppEnv>().get('/docs', async (c) =>
  c.html(PAGE, 200, {
    'cache-control': 'public, max-age=300',
    'content-security-policy': docsPolicy(await inlineScriptHash()),
  }),
);
