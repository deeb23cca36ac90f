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

/**
 * Starts the system Chromium for the browser tests: Debian's package at
 * /usr/bin/chromium, or the executable CHROMIUM_PATH names.
 *
 * @throws Error saying how to install Chromium when it is not there
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: the browser tests need it. ` +
        'Install it with `apt-get install -y chromium` (Debian, Ubuntu), or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
