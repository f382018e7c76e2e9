import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { screenshotsDir } from './paths';
import { baseUrl } from './server-info';

// Debian's Chromium, never a downloaded one (`playwright install` cannot work here).
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
}

export interface OpenPageOptions {
  colorScheme?: 'dark' | 'light';
  viewport?: { width: number; height: number };
}

/** A fresh context (no cookies, no storage) whose console errors and uncaught errors are kept. */
export const openPage = async (
  browser: Browser,
  { colorScheme = 'dark', viewport = { width: 1440, height: 900 } }: OpenPageOptions = {},
): Promise<OpenedPage> => {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    colorScheme,
    // Stills without shimmer or transitions halfway through.
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    problems.consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
  return { page, context, problems };
};

/** Saves a full-page PNG under e2e/artifacts/screenshots/ and returns its path. */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
};
