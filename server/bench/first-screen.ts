// The H5 home page's first screen with data, as a cheap phone on a slow network sees it: Debian's
// Chromium with 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down; a cold cache for every load
// (a fresh browser context). Measured until the first featured card's title is on screen, with the
// bytes transferred (as sent over the wire, compressed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { benchDatabase, startServer } from './load.js';
import { recordGoal } from './goals.js';
import { PERSISTED_HASHES } from '@cards/schema/persisted';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOADS = Number(process.env.BENCH_FIRST_SCREEN_LOADS ?? 3);
export const FIRST_SCREEN_THROTTLE = { cpuSlowdown: 4, latencyMs: 150, downloadBitsPerSecond: 1.6e6, uploadBitsPerSecond: 750e3 };

export interface FirstScreen {
  medianMs: number;
  loads: number[];
  medianBytes: number;
}

export async function measureFirstScreen(): Promise<FirstScreen | string> {
  if (!fs.existsSync(path.join(root, 'client/dist/h5/index.html'))) return 'skipped — the H5 app is not built (pnpm build)';
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return `skipped — no Chromium at ${executablePath}`;
  const database = await benchDatabase('first_screen');
  if (typeof database === 'string') return database;
  const server = await startServer({ DATABASE_URL: database.url });
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const times: number[] = [];
    const bytes: number[] = [];
    // The first featured card's title (the home page's first query, asked here beforehand): the first
    // screen has data when it is on screen, whether the page fetched it or arrived with it.
    const title = await firstFeaturedTitle(server.url);
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: FIRST_SCREEN_THROTTLE.latencyMs,
        downloadThroughput: FIRST_SCREEN_THROTTLE.downloadBitsPerSecond / 8,
        uploadThroughput: FIRST_SCREEN_THROTTLE.uploadBitsPerSecond / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: FIRST_SCREEN_THROTTLE.cpuSlowdown });
      let transferred = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (transferred += e.encodedDataLength));
      const started = Date.now();
      await page.goto(`${server.url}/`, { waitUntil: 'commit' });
      await page.getByText(title, { exact: true }).first().waitFor({ state: 'visible', timeout: 60_000 });
      times.push(Date.now() - started);
      await page.waitForLoadState('networkidle').catch(() => {});
      bytes.push(transferred);
      await context.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { medianMs: median(times), loads: times, medianBytes: median(bytes) };
  } finally {
    await browser.close();
    await server.stop();
    await database.drop();
  }
}

async function firstFeaturedTitle(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES.HomeCards } } }),
  });
  const body = (await res.json()) as { data: { featured: { edges: { node: { title: string } }[] } } };
  return body.data.featured.edges[0].node.title;
}

export async function runFirstScreenBench() {
  const t = FIRST_SCREEN_THROTTLE;
  const result = await measureFirstScreen();
  const setting = `Chromium, ${t.cpuSlowdown}× CPU slowdown, ${t.latencyMs} ms RTT, ${t.downloadBitsPerSecond / 1e6} Mbit/s down, cold cache`;
  if (typeof result === 'string') {
    recordGoal('H5 home, first screen with data', result, '≤ 1.5 s, ≤ 200 KB', null);
    return console.log(`\nH5 first screen (${setting}): ${result}`);
  }
  const seconds = result.medianMs / 1000;
  const kb = result.medianBytes / 1024;
  recordGoal(
    'H5 home, first screen with data (median, 4× CPU, 150 ms RTT, 1.6 Mbit/s)',
    `${seconds.toFixed(2)} s, ${kb.toFixed(0)} KB`,
    '≤ 1.5 s, ≤ 200 KB',
    seconds <= 1.5 && kb <= 200,
  );
  console.log(
    `\nH5 first screen with data (${setting}): median ${(result.medianMs / 1000).toFixed(2)} s of ${result.loads.length} loads (${result.loads.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s), ${(result.medianBytes / 1024).toFixed(0)} KB transferred — goal ≤ 1.5 s, ≤ 200 KB`,
  );
}
