import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../launch-chromium';

/** Starts the system Chromium (see test/launch-chromium.ts). */
export const launchBrowser = launchChromium;

/** A server function as a test answers it: return a value, or throw to call the failure handler. */
// biome-ignore lint/suspicious/noExplicitAny: each handler declares its own argument types
export type Handler = (...args: any[]) => unknown;

/** One call the sidebar made through google.script.run. */
export interface ServerCall {
  readonly name: string;
  readonly args: unknown[];
}

export interface OpenSidebar {
  readonly page: Page;
  /** Every server call so far, in the order the sidebar made them. */
  readonly calls: ServerCall[];
  /** Uncaught errors and console errors in the page. */
  readonly errors: string[];
}

// google.script.run as Apps Script gives it to a sidebar: every with…Handler
// returns a new chainable runner; calls are asynchronous; arguments and
// results travel as JSON and a Date in either direction is refused.
const STUB = `(() => {
  const hasDate = (v) => v instanceof Date || (v !== null && typeof v === 'object' && Object.values(v).some(hasDate));
  const runner = (onSuccess, onFailure) => new Proxy({}, {
    get(_, prop) {
      if (prop === 'withSuccessHandler') return (f) => runner(f, onFailure);
      if (prop === 'withFailureHandler') return (f) => runner(onSuccess, f);
      if (prop === 'withUserObject') return () => runner(onSuccess, onFailure);
      if (typeof prop !== 'string' || prop === 'then') return undefined;
      return (...args) => {
        const fail = (message) => onFailure && onFailure(new Error(message));
        if (hasDate(args)) {
          setTimeout(() => fail(prop + ': a Date cannot be sent through google.script.run'), 0);
          return;
        }
        window.__server(prop, JSON.parse(JSON.stringify(args))).then((answer) => {
          if (answer.ok) { if (onSuccess) onSuccess(answer.value); } else fail(answer.message);
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

function hasDate(value: unknown): boolean {
  return (
    value instanceof Date ||
    (value !== null && typeof value === 'object' && Object.values(value).some(hasDate))
  );
}

/**
 * Opens a built sidebar in a 300 px wide page whose google.script.run calls
 * the given handlers. A handler that throws makes the sidebar's failure
 * handler receive an Error with the same message, as Apps Script does.
 */
export async function openSidebar(
  browser: Browser,
  name: string,
  handlers: Record<string, Handler>,
): Promise<OpenSidebar> {
  const html = inject('sidebars')[name];
  if (!html) throw new Error(`openSidebar: no built sidebar named ${name}`);
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const calls: ServerCall[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.exposeFunction('__server', async (fn: string, args: unknown[]) => {
    calls.push({ name: fn, args });
    const handler = handlers[fn];
    if (!handler) return { ok: false, message: `${fn} is not a server function` };
    try {
      const value = await handler(...args);
      if (hasDate(value))
        throw new Error(`${fn}: a Date cannot be returned through google.script.run`);
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(STUB);
  await page.route('https://sidebar.test/**', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto(`https://sidebar.test/${name}.html`);
  return { page, calls, errors };
}

/**
 * Saves a screenshot of the whole sidebar (folders created as needed). The
 * page is made as tall as its content first, so the sticky button bar sits at
 * the bottom of the picture rather than across the middle.
 */
export async function screenshot(page: Page, ...paths: string[]): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 300, height });
  for (const path of paths) {
    mkdirSync(dirname(path), { recursive: true });
    await page.screenshot({ path, fullPage: true });
  }
}

/** test/artifacts/<name>.png (gitignored), relative to the repository root. */
export function artifactPath(name: string): string {
  return join(inject('root'), 'test', 'artifacts', `${name}.png`);
}

/** A promise and its resolve function, to hold a server answer until the test lets it go. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
