import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../launch-chromium';
import { baseUrl, createKey, fixture, openPage, upload, useTeamKey } from './page-helpers';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  useTeamKey(await createKey('csp-page'));
});

afterAll(async () => {
  useTeamKey(undefined);
  await browser?.close();
});

/** Collects every CSP violation of a page: its console messages and its `securitypolicyviolation` events. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation(text: string): void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

describe('security headers of the pages', () => {
  it.each([
    '/',
    '/index.html',
    '/report.css',
    '/dist/report.js',
    '/dist/chart.umd.min.js',
    '/dist/api-docs/swagger-ui-bundle.js',
  ])('serves the static asset %s with nosniff, no-referrer and a CSP', async (path) => {
    const res = await fetch(`${baseUrl}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const policy = res.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('does not serve the _headers file itself', async () => {
    const res = await fetch(`${baseUrl}/_headers`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('Content-Security-Policy:');
  });

  it('runs the report page, its analysis and its charts with no CSP violation', async () => {
    const { page, violations } = await openPageWatched();
    await upload(page, 'pipeline.csv', fixture('examples/pipeline.csv'));
    await page.waitForSelector('canvas');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('runs /docs, Swagger UI and its try-it with no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const violations = await watchViolations(page);
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${baseUrl}/docs`);
    await page.waitForSelector('.opblock', { timeout: 20_000 });
    const health = page.locator('#operations-default-get_health');
    await health.locator('.opblock-summary').first().click();
    await health.locator('.execute').click();
    await health.locator('.response-col_status').first().waitFor();
    expect(violations).toEqual([]);
    await page.close();
  });
});

/** The report page as `openPage` opens it, watched for CSP violations from before it loads. */
async function openPageWatched(): Promise<{ page: Page; violations: string[] }> {
  const page = await openPage(browser);
  // openPage has loaded the page already: reload it so its whole start runs under watch.
  const violations = await watchViolations(page);
  await page.reload();
  return { page, violations };
}
