/**
 * Which Chromium the browser tests run on.
 *
 * Playwright normally downloads its own Chromium (`npx playwright install`),
 * but some machines (CI here) can reach only the npm registry and Debian apt,
 * so there we use Debian's Chromium instead. Playwright's own build wins when
 * it is installed.
 */
import fs from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for the system Chromium: no sandbox as root, and no calls home. */
const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright's own Chromium, if it is installed; else undefined. */
function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && fs.existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** `use.launchOptions` for the browser tests; throws if no Chromium is found. */
export function browserLaunchOptions(): LaunchOptions {
  if (playwrightChromium()) return {};
  if (fs.existsSync(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, args: SYSTEM_CHROMIUM_ARGS };
  }
  throw new Error(
    'No Chromium for the browser tests. Install one with\n' +
      '  apt-get update && apt-get install -y chromium   (Debian/Ubuntu, as root)\n' +
      'or, where downloads work,\n' +
      '  npx playwright install chromium',
  );
}
