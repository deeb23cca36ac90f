import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/**
 * Flags for a headless Chromium on a machine without a display or outside
 * network: no sandbox (tests run as root in CI), and no background
 * connections, which a closed network would refuse at every start.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Debian and Ubuntu install their Chromium package. */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Finds a Chromium for the browser tests, in this order: the executable
 * CHROMIUM_PATH names, a system Chromium, then the browser the npm package
 * `@sparticuz/chromium` ships (unpacked to the temporary folder on first use),
 * so `npm install` alone brings everything the tests need.
 *
 * @throws Error when CHROMIUM_PATH names a file that does not exist
 */
export async function chromiumExecutable(): Promise<string> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`CHROMIUM_PATH names ${configured}, which does not exist.`);
    }
    return configured;
  }
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

/** Starts the Chromium that {@link chromiumExecutable} finds, headless. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = await chromiumExecutable();
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
