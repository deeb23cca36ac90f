import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkBundle, REQUIRED_FUNCTIONS } from '../../addon/scripts/required-functions.mjs';
import { DIST, readBundle } from './harness/load-addon';

const SRC = new URL('../../addon/src/functions', import.meta.url).pathname;

/** Custom functions declared in addon/src/functions, with their parameter lists. */
function declaredCustomFunctions(): { name: string; params: string[] }[] {
  return readdirSync(SRC).flatMap((file) => {
    const text = readFileSync(join(SRC, file), 'utf8');
    const match = /@customfunction\s*\*\/\s*export function ([A-Z_0-9]+)\(([^)]*)\)/.exec(text);
    if (!match) return [];
    const params = match[2]
      .split(',')
      .map((p) => p.trim().split(/[?:]/)[0])
      .filter(Boolean);
    return [{ name: match[1], params }];
  });
}

describe('dist/addon/Code.js', () => {
  const code = readBundle();

  it('runs as a classic script in an empty V8 context with no Apps Script services', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(typeof (context as Record<string, unknown>).AddOn).toBe('object');
  });

  it('defines every custom function as a top-level function with its JSDoc and parameter names', () => {
    const declared = declaredCustomFunctions();
    // every source file that marks a custom function must be read here, so none is skipped unseen
    const marked = readdirSync(SRC).filter((file) =>
      readFileSync(join(SRC, file), 'utf8').includes('@customfunction'),
    );
    expect(declared).toHaveLength(marked.length);
    expect(declared.length).toBeGreaterThanOrEqual(8);
    for (const { name, params } of declared) {
      const stub = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(${params.join(', ')}\\) \\{`,
      ).exec(code);
      expect(stub, name).not.toBeNull();
      const doc = stub![1];
      expect(doc).toContain('@customfunction');
      expect(doc).toMatch(/Example:[\s*]*=[A-Z_]+\(/);
      for (const param of params)
        expect(doc, `${name} documents ${param}`).toMatch(
          new RegExp(`@param \\{[^}]+\\} ${param} `),
        );
    }
  });

  it('defines every required formula, menu and sidebar function with its parameter order', () => {
    expect(checkBundle(code)).toEqual([]);
    // the public formula signatures, as documented in the README
    expect(REQUIRED_FUNCTIONS.MEDDPICC_BAND).toEqual(['total', 'language']);
    expect(REQUIRED_FUNCTIONS.WEIGHTED_PIPELINE).toEqual(['amounts', 'stages', 'stage_table']);
    expect(REQUIRED_FUNCTIONS.COVERAGE_RATIO).toEqual(['pipeline', 'quota', 'closed_won']);
    expect(REQUIRED_FUNCTIONS.FORECAST_CATEGORY.slice(0, 3)).toEqual([
      'stage',
      'meddpicc_total',
      'language',
    ]);
    expect(REQUIRED_FUNCTIONS.CADENCE_STEP.slice(0, 3)).toEqual(['day', 'replied', 'language']);
    // and every custom function in addon/src/functions is on the list
    for (const { name } of declaredCustomFunctions())
      expect(REQUIRED_FUNCTIONS).toHaveProperty(name);
  });

  it('reports a missing function or a changed parameter order', () => {
    const broken = code
      .replace(/function CADENCE_STEP\(/, 'function CADENCE_STEPS(')
      .replace(
        'function MEDDPICC_BAND(total, language)',
        'function MEDDPICC_BAND(language, total)',
      );
    expect(checkBundle(broken)).toEqual([
      'MEDDPICC_BAND(language, total) should be MEDDPICC_BAND(total, language)',
      'CADENCE_STEP is not a top-level function',
    ]);
  });

  it('names no custom function with a trailing underscore, which Apps Script would hide', () => {
    for (const { name } of declaredCustomFunctions()) expect(name.endsWith('_')).toBe(false);
  });

  it('uses nothing Apps Script lacks', () => {
    // UrlFetchApp.fetch( is Apps Script's own; a bare fetch( is the browser's
    const missing: [string, RegExp][] = [
      ['setTimeout', /\bsetTimeout\b/],
      ['TextEncoder', /\bTextEncoder\b/],
      ['fetch(', /(^|[^.\w$])fetch\(/],
      ['new URL(', /new URL\(/],
      ['URLSearchParams', /\bURLSearchParams\b/],
      ['atob(', /\batob\(/],
      ['btoa(', /\bbtoa\(/],
      ['crypto.', /\bcrypto\./],
      ['process.', /\bprocess\./],
    ];
    for (const [name, pattern] of missing) expect(pattern.test(code), name).toBe(false);
    expect(code).toContain('UrlFetchApp.fetch(');
  });

  it('stays under the 150 KB size budget', () => {
    const raw = Buffer.byteLength(code);
    const gzip = gzipSync(code).length;
    console.log(`Code.js: ${raw} bytes raw, ${gzip} bytes gzip`);
    // the same budget as the benchmark target and the README: under 150 KB, i.e. 150,000 bytes
    expect(raw).toBeLessThan(150_000);
  });

  it('ships a V8 manifest with least-privilege scopes and a fetch whitelist', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.external_request',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    for (const entry of manifest.urlFetchWhitelist) expect(entry).toMatch(/^https:\/\/[^/]+\/.*$/);
  });
});
