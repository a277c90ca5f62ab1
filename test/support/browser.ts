/**
 * Which Chromium the browser tests run on.
 *
 * Playwright normally downloads its own Chromium (`npx playwright install`),
 * but some machines (CI here) can reach only the npm registry and Debian apt,
 * so there we use Debian's instead. Playwright's own build wins when it is
 * installed. Of Debian's, the browser tests prefer the headless shell
 * (package chromium-headless-shell), the lighter build Playwright itself runs
 * headless tests on; Lighthouse wants the full browser (package chromium).
 */
import fs from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Flags for the system Chromium: no sandbox as root, and no calls home. */
export const SYSTEM_CHROMIUM_ARGS = [
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

/**
 * The Chromium to run: Playwright's own if it is installed, else the system
 * one; throws, saying how to get one, if there is neither. (Lighthouse uses it
 * too: scripts/lighthouse.ts.)
 */
export function chromiumExecutablePath(): string {
  const own = playwrightChromium();
  if (own) return own;
  if (fs.existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(
    'No Chromium for the browser tests and Lighthouse. Install one with\n' +
      '  apt-get update && apt-get install -y chromium chromium-headless-shell   (Debian, as root)\n' +
      'or, where downloads work,\n' +
      '  npx playwright install chromium',
  );
}

/** `use.launchOptions` for the browser tests: Debian's headless shell when it is there; throws if no Chromium is found. */
export function browserLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutablePath();
  if (executablePath !== SYSTEM_CHROMIUM) return {};
  if (fs.existsSync(SYSTEM_HEADLESS_SHELL)) return { executablePath: SYSTEM_HEADLESS_SHELL, args: SYSTEM_CHROMIUM_ARGS };
  return { executablePath, args: SYSTEM_CHROMIUM_ARGS };
}
