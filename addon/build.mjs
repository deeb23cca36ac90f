// Builds the Google Sheets add-on into dist/addon/ for `clasp push`:
//   Code.js          one classic script: the esbuild IIFE (global `AddOn`) plus a
//                    footer of top-level functions Apps Script can see
//   appsscript.json  the manifest, copied from addon/appsscript.json
//   <name>.html      each sidebar: the page shell (src/sidebar/page.html) with the
//                    sidebar's client script (src/sidebar/<name>.ts) and the shared
//                    CSS inlined
//
// Apps Script only sees top-level function declarations, and Sheets only shows
// help for custom functions whose JSDoc (with @customfunction) sits on such a
// declaration. esbuild drops comments and hides everything inside the IIFE, so
// the footer is generated from the source: each `export function NAME(params)`
// in addon/src gets a forwarding stub with the same parameter names, and the
// custom functions keep their JSDoc. Documentation therefore lives in one place.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const src = join(here, 'src');
const out = join(root, 'dist', 'addon');
// 150 KB, in bytes (1 KB = 1,000 bytes, as the benchmark and the README count).
const SIZE_BUDGET = 150_000;

/**
 * Writes a file whole or not at all (a temporary file renamed over it), so a test
 * or a push reading dist/addon while another build runs never sees half a file.
 */
function writeWhole(path, data) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, path);
}

/** Every .ts file under a folder, recursively. */
function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Parameter names of a TypeScript parameter list, types and defaults removed. */
export function parameterNames(list) {
  const names = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if ('([{<'.includes(ch)) depth++;
    if (')]}>'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  names.push(current);
  return names
    .map((part) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(part)?.[1])
    .filter((name) => name !== undefined);
}

/**
 * Finds `export function NAME(params)` declarations in the add-on source, with
 * the JSDoc block right above each one (when it has one).
 */
export function exportedFunctions(files) {
  const found = new Map();
  const pattern = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export\s+function\s+([A-Za-z_$][\w$]*)\s*\(/g;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) {
      // Read the parameter list up to its matching parenthesis.
      let depth = 1;
      let i = match.index + match[0].length;
      const start = i;
      while (depth > 0 && i < text.length) {
        if (text[i] === '(') depth++;
        if (text[i] === ')') depth--;
        i++;
      }
      const name = match[2];
      if (found.has(name)) throw new Error(`build: ${name} is exported from two files`);
      found.set(name, {
        name,
        file: relative(root, file),
        params: parameterNames(text.slice(start, i - 1)),
        jsdoc: match[1]?.trim(),
      });
    }
  }
  return found;
}

/** The footer: a top-level forwarding function for each public export. */
function footer(publicNames, declarations) {
  const stubs = [];
  const customFunctions = [];
  for (const name of [...publicNames].sort()) {
    const decl = declarations.get(name);
    if (!decl) throw new Error(`build: cannot find "export function ${name}(...)" in addon/src`);
    const params = decl.params.join(', ');
    const isCustom = decl.jsdoc?.includes('@customfunction');
    if (name.endsWith('_')) throw new Error(`build: ${name} ends in "_", which Apps Script hides`);
    if (isCustom) {
      if (!/^[A-Z][A-Z0-9_]*$/.test(name))
        throw new Error(`build: custom function ${name} must be UPPER_SNAKE`);
      customFunctions.push(name);
    }
    const doc = isCustom ? `${decl.jsdoc}\n` : '';
    stubs.push(`${doc}function ${name}(${params}) {\n  return AddOn.${name}(${params});\n}`);
  }
  return {
    text: `\n// Top-level functions Apps Script and Sheets can see.\n${stubs.join('\n\n')}\n`,
    customFunctions,
  };
}

/** Names of the functions the IIFE exports, read by running it in an empty context. */
function exportedNames(code) {
  const context = vm.createContext({});
  vm.runInContext(
    `${code}\n;globalThis.__names = Object.keys(AddOn).filter((k) => typeof AddOn[k] === 'function');`,
    context,
  );
  return JSON.parse(JSON.stringify(context.__names));
}

async function buildServer() {
  const common = {
    entryPoints: [join(src, 'index.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'AddOn',
    target: 'es2019',
    platform: 'neutral',
    charset: 'utf8',
    legalComments: 'none',
    minifySyntax: true,
    minifyWhitespace: true,
    minifyIdentifiers: true,
    write: false,
    logLevel: 'warning',
  };
  const first = await esbuild.build(common);
  const code = first.outputFiles[0].text;
  const names = exportedNames(code);
  const declarations = exportedFunctions(tsFiles(src));
  const { text, customFunctions } = footer(names, declarations);
  const header =
    '// Sales Playbook add-on for Google Sheets. Built by addon/build.mjs; edit addon/src, not this file.\n';
  return { code: header + code + text, customFunctions, names };
}

/** Bundles one sidebar's client script and inlines it and the CSS into the page shell. */
async function buildSidebar(name, html, css) {
  const dir = join(src, 'sidebar');
  const result = await esbuild.build({
    entryPoints: [join(dir, `${name}.ts`)],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const script = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  return html
    .replace('<!-- STYLE -->', () => `<style>\n${css}</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${script}</script>`);
}

export async function build({ quiet = false } = {}) {
  mkdirSync(out, { recursive: true });

  const server = await buildServer();
  writeWhole(join(out, 'Code.js'), server.code);
  writeWhole(join(out, 'appsscript.json'), readFileSync(join(here, 'appsscript.json')));

  const css = readFileSync(join(src, 'sidebar', 'sidebar.css'), 'utf8');
  const page = readFileSync(join(src, 'sidebar', 'page.html'), 'utf8');
  if (!page.includes('<!-- STYLE -->') || !page.includes('<!-- SCRIPT -->')) {
    throw new Error(
      'build: sidebar/page.html needs <!-- STYLE --> and <!-- SCRIPT --> placeholders',
    );
  }
  // Every .ts file directly in src/sidebar is one sidebar's client entry.
  const sidebars = readdirSync(join(src, 'sidebar'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -'.ts'.length));
  for (const name of sidebars) {
    writeWhole(join(out, `${name}.html`), await buildSidebar(name, page, css));
  }
  // A page whose sidebar no longer exists would still be pushed: remove it.
  for (const file of readdirSync(out)) {
    if (file.endsWith('.html') && !sidebars.includes(file.slice(0, -'.html'.length))) {
      rmSync(join(out, file), { force: true });
    }
  }

  const raw = Buffer.byteLength(server.code);
  const gzip = gzipSync(server.code).length;
  if (!quiet) {
    console.log(
      `dist/addon/Code.js: ${(raw / 1000).toFixed(1)} KB raw, ${(gzip / 1000).toFixed(1)} KB gzip; ` +
        `${server.customFunctions.length} custom functions, ${server.names.length} top-level functions; ` +
        `sidebars: ${sidebars.join(', ')}`,
    );
  }
  if (raw > SIZE_BUDGET) {
    throw new Error(`build: Code.js is ${raw} bytes, over the ${SIZE_BUDGET}-byte budget`);
  }
  return { raw, gzip, customFunctions: server.customFunctions, names: server.names, sidebars };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
