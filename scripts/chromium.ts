import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Playwright cannot download its own browser everywhere. Use the Chromium that
 * PLAYWRIGHT_CHROMIUM_PATH names, else Debian's /usr/bin/chromium, else Playwright's own.
 */
export function findChromium(): string | null {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright throws when it has no browser of its own: fall through.
  }
  return null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the end-to-end tests: install one (on Debian: sudo apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium binary.';
