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
  /** Cookies and storage of a signed-in context (see session.ts). */
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
  /** e.g. `clipboard-read`, `clipboard-write`. */
  permissions?: string[];
  /** The browser's language (navigator.language), e.g. `fr-CA`. */
  locale?: string;
}

/** A fresh context (no cookies, no storage) whose console errors and uncaught errors are kept. */
export const openPage = async (
  browser: Browser,
  {
    colorScheme = 'dark',
    viewport = { width: 1440, height: 900 },
    storageState,
    permissions,
    locale = 'en-US',
  }: OpenPageOptions = {},
): Promise<OpenedPage> => {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport,
    colorScheme,
    // Stills without shimmer or transitions halfway through.
    reducedMotion: 'reduce',
    storageState,
    permissions,
    locale,
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

export interface ScreenshotOptions {
  /** The whole page (default), or only the viewport: a modal dialog covers the viewport only. */
  fullPage?: boolean;
}

/** Saves a PNG under e2e/artifacts/screenshots/ and returns its path. */
export const screenshot = async (
  page: Page,
  name: string,
  { fullPage = true }: ScreenshotOptions = {},
): Promise<string> => {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  // Sticky bars are drawn where the page is scrolled to: a full page starts from the top.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
};

const setTheme = (page: Page, theme: string) =>
  page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);

/**
 * Screenshots the page as `<theme>-<name>` in both themes, then restores the first. The theme is
 * flipped on <html> directly rather than with the top bar's toggle, which a modal dialog covers.
 */
export const screenshotBothThemes = async (
  page: Page,
  name: string,
  options: ScreenshotOptions = {},
): Promise<void> => {
  const first = (await page.evaluate(() => document.documentElement.dataset.theme)) ?? 'dark';
  const other = first === 'dark' ? 'light' : 'dark';
  await screenshot(page, `${first}-${name}`, options);
  await setTheme(page, other);
  await screenshot(page, `${other}-${name}`, options);
  await setTheme(page, first);
};
