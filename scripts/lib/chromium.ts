// Finds a Chromium the way a newcomer's machine has one: CHROMIUM_PATH, the system's package,
// or a browser Playwright downloaded on a machine that can reach its CDN.
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH=/path/to/chromium.';

function playwrightChromium(): string | null {
  try {
    const { chromium } = require('playwright-core') as { chromium: { executablePath(): string } };
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** The browser to drive, or an explanation of why there is none. */
export function findChromium(): { path: string } | { error: string } {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    return existsSync(given) ? { path: given } : { error: `CHROMIUM_PATH is set to ${given}, which does not exist. ${HOW_TO_GET_CHROMIUM}` };
  }
  const found = SYSTEM_PATHS.find((candidate) => existsSync(candidate)) ?? playwrightChromium();
  return found ? { path: found } : { error: HOW_TO_GET_CHROMIUM };
}
