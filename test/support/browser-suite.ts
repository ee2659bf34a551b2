// What every browser test file sets up: the real server and Chromium for the file's tests, GraphQL
// calls beside the UI (to arrange data and check what the server holds), and the staff sign-in.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { PERSISTED_HASHES } from '@cards/schema/persisted';
import { launchChromium, phoneContext, screenshotDir, settle } from './browser.js';
import { startServer, type RunningServer, type StartOptions } from './server.js';

export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
  /** A GraphQL document sent as text to this server; fails on any error. */
  query(query: string, variables?: Record<string, unknown>): Promise<any>;
}

/** Starts the server and Chromium (and `prepare`, in parallel) before the file's tests and stops them after. */
export function browserSuite(options: StartOptions = {}, prepare: () => Promise<unknown> = async () => undefined): BrowserSuite {
  const suite = { query: (query, variables = {}) => post(suite.server, { query, variables }) } as BrowserSuite;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  beforeAll(async () => {
    [suite.server, chromium] = await Promise.all([startServer(options), launchChromium(), prepare()]);
    suite.browser = chromium.browser;
  });
  afterAll(async () => {
    await chromium?.close();
    await suite.server?.stop();
  });
  return suite;
}

async function post(server: RunningServer, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const result = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.data;
}

/** An operation of the app, sent by hash as the app does with trusted documents on; fails on any error. */
export function appOperation(server: RunningServer, operation: AppOperation, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return post(server, { variables, extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES[operation] } } }, headers);
}

/** A page in a fresh context, collecting the page's uncaught errors (a journey ends expecting none). */
async function pageWithErrors(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** A fresh phone-sized context and page, collecting the page's uncaught errors. */
export async function phonePage(browser: Browser) {
  return pageWithErrors(await phoneContext(browser));
}

/** The staff's desktop back office: a fresh 1366 × 900 context and page, collecting uncaught errors. */
export async function desktopPage(browser: Browser) {
  return pageWithErrors(await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' }));
}

/** Screenshots of a test file, in test-output/screenshots/<folder>/ (settled first). */
export function screenshotsIn(folder: string) {
  const dir = path.join(screenshotDir, folder);
  return async (page: Page, name: string) => {
    await settle(page);
    fs.mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`) });
  };
}

/** Staff sign in through the H5 UI, from the home page to the staff workbench. */
export async function signInStaffOnH5(page: Page, server: RunningServer, staff: { username: string; password: string }) {
  await page.goto(`${server.url}/`);
  await page.locator('.account-entry').click();
  await page.locator('.staff-entry').click();
  await page.locator('.login-username input').fill(staff.username);
  await page.locator('.login-password input').fill(staff.password);
  await page.locator('.login-submit').click();
  await page.locator('.staff-application, .status--empty').first().waitFor();
}
export type AppOperation = keyof typeof PERSISTED_HASHES;
