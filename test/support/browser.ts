import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const screenshotDir = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

/** Debian's Chromium, headless, with no background traffic (the machine has no internet). */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium fonts-noto-cjk)`);
  // Playwright gives each launch a fresh, temporary profile (user-data-dir) of its own.
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, close: () => browser.close() };
}

/** A phone: 390×844 at 2×, touch, Chinese locale. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' });
}

/** Waits for page transitions and fonts, so a screenshot shows the page at rest. */
export async function settle(page: import('playwright-core').Page) {
  await page.evaluate(() => document.fonts.ready.then(() => true));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

export async function screenshot(page: import('playwright-core').Page, name: string) {
  await settle(page);
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
