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
      'Pipeline analysis, snapshot history and reports for B2B sales teams. Rates are fractions 0..1; dates are YYYY-MM-DD. Every error is an application/problem+json body.',
  },
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch,
  );

interface Operation {
  summary?: string;
  description?: string;
  security?: Record<string, unknown>[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: unknown;
  }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
}

interface Document {
  info: { title: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

const json = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;

/** Renders the OpenAPI document as one readable HTML page, no scripts needed. */
function renderDocs(doc: Document): string {
  const sections: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(methods)) {
      const keyNeeded = op.security?.some((s) => 'apiKey' in s) ?? false;
      const optional = op.security?.some((s) => Object.keys(s).length === 0) ?? false;
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''})${p.description ? ` — ${escapeHtml(p.description)}` : ''}</li>`,
        )
        .join('');
      const bodies = Object.entries(op.requestBody?.content ?? {})
        .map(
          ([type, media]) => `<h4>Body <code>${escapeHtml(type)}</code></h4>${json(media.schema)}`,
        )
        .join('');
      const responses = Object.entries(op.responses ?? {})
        .map(
          ([status, r]) =>
            `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? '')}</li>`,
        )
        .join('');
      sections.push(`<section id="${escapeHtml(`${method}-${path}`)}">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}${keyNeeded ? (optional ? ' <em>(API key optional)</em>' : ' <em>(API key required)</em>') : ''}</p>
${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}${bodies}
<h4>Responses</h4><ul>${responses}</ul>
</section>`);
    }
  }
  const problems = Object.entries(PROBLEMS)
    .map(
      ([kind, p]) =>
        `<li id="${problemAnchor(kind as ProblemKind)}"><code>${p.status}</code> ${escapeHtml(p.title)}</li>`,
    )
    .join('');
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${json(schema)}`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1f2933}
section{border-top:1px solid #d9e2ec;padding:.5rem 0}
.method{display:inline-block;min-width:4rem;color:#fff;background:#334e68;border-radius:4px;padding:0 .4rem;font-size:.8rem;text-align:center}
pre{background:#f0f4f8;padding:.75rem;overflow:auto;font-size:.8rem;max-height:24rem}
</style></head><body>
<h1>${escapeHtml(doc.info.title)}</h1>
<p>${escapeHtml(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a>. Report page: <a href="/">/</a>.</p>
<p>Send a key as <code>Authorization: Bearer sp_…</code> (or <code>X-API-Key</code>).</p>
<h2>Endpoints</h2>
${sections.join('\n')}
<h2 id="problems">Problems</h2>
<p>Every error is <code>application/problem+json</code>: <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code> and <code>errors[]</code> (each with <code>row</code>, <code>column</code>, <code>field</code>, <code>value</code>, <code>message</code> where they apply).</p>
<ul>${problems}</ul>
<h2>Schemas</h2>
${schemas}
</body></html>`;
}

/** GET /docs: the API reference, rendered from the same document as /openapi.json. */
export function docs(document: () => unknown) {
  return new Hono<AppEnv>().get('/docs', (c) => c.html(renderDocs(document() as Document)));
}
