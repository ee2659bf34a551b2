// Issue 10 in a real browser (Chromium): a private file with an embedded <script> never runs as
// a page (finding 13), and the H5 app runs under a script policy that refuses any script it did
// not ship (finding 14).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, phoneContext } from '../support/browser.js';
import { startServer, type RunningServer } from '../support/server.js';
import { signFileUrl } from '../../server/src/modules/files/file-store.js';

const SECRET = 'edge-security-secret';
let server: RunningServer;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
// A server of the test's own that the embedded scripts would call: any hit means a script ran.
let canary: http.Server;
let canaryUrl: string;
const hits: string[] = [];

beforeAll(async () => {
  canary = http.createServer((req, res) => {
    if (req.url === '/control.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(polyglot('control'));
    }
    hits.push(req.url!);
    res.writeHead(204, { 'access-control-allow-origin': '*' });
    res.end();
  });
  await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
  canaryUrl = `http://127.0.0.1:${(canary.address() as { port: number }).port}`;
  [server, chromium] = await Promise.all([startServer({ env: { APP_SECRET: SECRET, SAMPLE_FILMS: '0' } }), launchChromium()]);
  browser = chromium.browser;
}, 180_000);
afterAll(async () => {
  await chromium?.close();
  await server?.stop();
  await new Promise((r) => canary?.close(r));
});

/** Markup that calls the canary and sets a global the moment any browser runs it as a page. */
const polyglot = (tag: string) =>
  `<html><body><script>window.pwned = '${tag}'; fetch('${canaryUrl}/${tag}', { mode: 'no-cors' });</script><img src="x" onerror="fetch('${canaryUrl}/${tag}-img', { mode: 'no-cors' })"></body></html>`;
// A valid 1×1 PNG, with the markup after its end (image decoders ignore trailing bytes).
const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function storePrivate(key: string, bytes: Buffer): string {
  const file = path.join(server.dataDir, 'private', key);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return `${server.url}${signFileUrl(SECRET, key, { name: path.basename(key) })}`;
}

/** Opens a link as a person would (typed into the address bar); a download leaves the page blank. */
async function open(page: Page, url: string) {
  const response = await page.goto(url).catch((err: Error) => {
    if (/Download is starting|net::ERR_ABORTED/.test(err.message)) return null;
    throw err;
  });
  return response;
}

describe('private files with an embedded script', () => {
  it('the canary works: the same markup served as a page does run', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${canaryUrl}/control.html`);
    await expect.poll(() => hits.includes('/control')).toBe(true);
    expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBe('control');
    await page.context().close();
  });

  it('a PNG is shown as an image, and its script never runs', async () => {
    const url = storePrivate('attachments/t/evil.png', Buffer.concat([PNG_1x1, Buffer.from(polyglot('png'))]));
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const response = await open(page, url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain('sandbox');
    // Chromium shows it as an image document: one <img> that decoded.
    await expect.poll(() => page.evaluate(() => document.images[0]?.naturalWidth ?? 0)).toBe(1);
    expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
    // Reload, so anything delayed would have had its chance, then look at the canary.
    await page.reload();
    await page.evaluate(() => document.readyState);
    expect(hits.filter((h) => h.startsWith('/png'))).toEqual([]);
    await context.close();
  });

  it('a PDF (and one whose bytes are mostly markup) is saved, never rendered as a page', async () => {
    for (const [key, bytes] of [
      ['attachments/t/evil.pdf', Buffer.from(`%PDF-1.4\n${polyglot('pdf')}\n%%EOF\n`)],
      ['exports/t/evil.xlsx', Buffer.from(polyglot('xlsx'))],
    ] as const) {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const download = page.waitForEvent('download');
      await open(page, storePrivate(key, bytes));
      expect((await download).suggestedFilename()).toBe(path.basename(key));
      expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
      await context.close();
    }
    expect(hits.filter((h) => h.startsWith('/pdf') || h.startsWith('/xlsx'))).toEqual([]);
  });
});

describe('the H5 app under its script policy', () => {
  async function watchedPage() {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, violations, errors };
  }

  it('runs with script-src limited to its own files and inline scripts by hash, with no violation', async () => {
    const { context, page, violations, errors } = await watchedPage();
    const response = await page.goto(`${server.url}/`);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    await page.getByRole('link').and(page.locator('[data-slug]')).first().waitFor();
    // The root font size comes from the inline script the policy allows by its hash.
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toMatch(/px$/);
    await page.getByRole('link').and(page.locator('[data-slug]')).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // hls.js runs its transmuxer in a worker made from a blob: URL.
    const fromWorker = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const worker = new Worker(URL.createObjectURL(new Blob(['postMessage(42)'], { type: 'text/javascript' })));
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = () => resolve('blocked');
        }),
    );
    expect(fromWorker).toBe(42);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a script injected into the page (as an XSS would) does not run', async () => {
    const { context, page, violations } = await watchedPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('link').and(page.locator('[data-slug]')).first().waitFor();
    await page.evaluate((canaryBase) => {
      const inline = document.createElement('script');
      inline.textContent = `window.pwned = 'inline'; fetch('${canaryBase}/h5-inline', { mode: 'no-cors' });`;
      document.body.append(inline);
      const remote = document.createElement('script');
      remote.src = `${canaryBase}/h5-remote.js`;
      document.body.append(remote);
    }, canaryUrl);
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
    expect(violations.every((v) => v.startsWith('script-src'))).toBe(true);
    expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
    expect(hits.filter((h) => h.startsWith('/h5-'))).toEqual([]);
    await context.close();
  });
});
