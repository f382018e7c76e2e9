import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotsDir } from './paths';

export type Theme = 'dark' | 'light';
export type Language = 'en' | 'fr-CA';

/** The language menu's name in each language: it is named in the language it is in. */
const LANGUAGE_MENU: Record<Language, string> = { en: 'Language', 'fr-CA': 'Langue' };
/** The theme toggle says what it switches to, in either language. */
const THEME_TOGGLE = /^(Switch to (light|dark) theme|Passer au thème (clair|sombre))$/;

/** Where a page of one person's console is saved: `<person>/<page>.<theme>.<lang>.png`. */
export const screenshotPath = (person: string, name: string, theme: Theme, language: Language) =>
  join(screenshotsDir, person, `${name}.${theme}.${language}.png`);

export const currentTheme = (page: Page): Promise<Theme> =>
  page.evaluate(() => (document.documentElement.dataset.theme === 'light' ? 'light' : 'dark'));

export const currentLanguage = (page: Page): Promise<string> =>
  page.evaluate(() => document.documentElement.lang);

/**
 * Waits until the page is what a person would read: its main heading shown, nothing loading
 * (no `aria-busy`, no skeleton), and the fonts in.
 */
export const waitUntilSettled = async (page: Page): Promise<void> => {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"], .skeleton'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
};

/** Flips the theme with the top bar's toggle and waits until <html> and the saved choice follow. */
export const toggleTheme = async (page: Page): Promise<Theme> => {
  const before = await currentTheme(page);
  const next: Theme = before === 'dark' ? 'light' : 'dark';
  await page.getByRole('banner').getByRole('button', { name: THEME_TOGGLE }).click();
  await page.waitForFunction(
    (theme) =>
      document.documentElement.dataset.theme === theme &&
      localStorage.getItem('vigil.theme') === theme,
    next,
  );
  return next;
};

/**
 * Switches the console language with the top bar's menu, as a person does: the menu is named in
 * the language shown (`from`), and the choice is saved to the account (`PATCH /api/v1/auth/me`).
 * Resolves once the account has it and <html lang> says it.
 */
export const switchLanguage = async (page: Page, from: Language, to: Language): Promise<void> => {
  const saved = page.waitForResponse(
    (r) =>
      r.request().method() === 'PATCH' &&
      new URL(r.url()).pathname === '/api/v1/auth/me' &&
      r.request().postDataJSON()?.locale === to,
  );
  await page
    .getByRole('banner')
    .getByRole('combobox', { name: LANGUAGE_MENU[from], exact: true })
    .selectOption(to);
  const response = await saved;
  expect(response.status()).toBe(200);
  expect(((await response.json()) as { locale: string | null }).locale).toBe(to);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
  await page
    .getByRole('banner')
    .getByRole('combobox', { name: LANGUAGE_MENU[to], exact: true })
    .waitFor();
};

/** Saves the whole page as `<person>/<name>.<theme>.<lang>.png` and returns the path. */
export const savePage = async (
  page: Page,
  person: string,
  name: string,
  language: Language,
): Promise<string> => {
  const theme = await currentTheme(page);
  const path = screenshotPath(person, name, theme, language);
  mkdirSync(dirname(path), { recursive: true });
  // Sticky bars are drawn where the page is scrolled to: a full page starts from the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.mouse.move(4, 4);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
};

/**
 * Opens `path`, waits for it to settle, and saves it in the theme it opened in, then in the other
 * (through the toggle, which also saves the choice for the next page). Returns both files.
 */
export const saveInBothThemes = async (
  page: Page,
  person: string,
  name: string,
  path: string,
  language: Language,
): Promise<string[]> => {
  await page.goto(path);
  await waitUntilSettled(page);
  expect(await currentLanguage(page)).toBe(language);
  const first = await savePage(page, person, name, language);
  await toggleTheme(page);
  await waitUntilSettled(page);
  const second = await savePage(page, person, name, language);
  return [first, second];
};

/** A PNG that is really one: the signature, and a size no blank 1440 px wide page comes near. */
export const expectPng = (path: string): void => {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(statSync(path).size).toBeGreaterThan(10_000);
};

/** A PDF with pages in it. */
export const expectPdf = (path: string): void => {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);
  expect(bytes.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);
};

export const pdfPath = (language: 'en' | 'fr') => join(screenshotsDir, `report.${language}.pdf`);
