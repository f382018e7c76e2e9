import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPage, type OpenedPage, type OpenPageOptions } from './browser';
import { waitForSignInCode } from './mail-sink';
import { readServerInfo } from './server-info';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Every person of every browser spec signs in from 127.0.0.1, where a real team signs in from
 * many addresses: the per-address window for code requests (30 in 15 min) is started afresh
 * before each sign-in. The per-email limit, the one a person meets, still applies.
 */
const resetAddressWindow = async (): Promise<void> => {
  const url = readServerInfo()?.env.DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DELETE FROM auth_throttle WHERE key LIKE 'otp-request:ip:%'`);
  } finally {
    await client.end();
  }
};

/**
 * Signs in through the real form with the code the API mailed to the tests' inbox, and waits
 * until the page has left /sign-in.
 */
export const signIn = async (page: Page, email: string): Promise<void> => {
  if (!new URL(page.url()).pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await resetAddressWindow();
  const since = Date.now();
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('button', { name: 'Send code' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
  await page.getByLabel('Sign-in code').fill(await waitForSignInCode(email, since));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
};

/**
 * Signs in once and returns the cookies, so that every test of a file can open a signed-in
 * page without asking for another code (the API allows 5 code requests per address in 15 min).
 */
export const signedInState = async (browser: Browser, email: string): Promise<StorageState> => {
  const { page, context } = await openPage(browser);
  try {
    await signIn(page, email);
    return await context.storageState();
  } finally {
    await context.close();
  }
};

/** A fresh page already signed in with a state from `signedInState`. */
export const openSignedIn = (
  browser: Browser,
  state: StorageState,
  options: OpenPageOptions = {},
): Promise<OpenedPage> => openPage(browser, { ...options, storageState: state });
