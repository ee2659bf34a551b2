// One real server for the whole weapp project (a fresh server takes long to start on a shared
// two-core machine), its WeChat API pointed at the local stand-in, and one staff account. Each
// test file runs its own host (Taro's runtime keeps global state) against it, with its own users.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { STAFF, startBackend } from './backend.js';

declare module 'vitest' {
  export interface ProvidedContext {
    weapp: { serverUrl: string; stubControlUrl: string; staff: typeof STAFF; budgetDir: string };
  }
}

export default async function setup(project: TestProject) {
  // Each host writes its setData sizes here; the teardown prints the largest of the run.
  const budgetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-weapp-budget-'));
  const done = () => {
    printBudgets(budgetDir);
    fs.rmSync(budgetDir, { recursive: true, force: true });
  };
  // While working on the host: reuse a running backend (see test/weapp/dev-server.ts).
  if (process.env.WEAPP_SERVER_URL && process.env.WEAPP_STUB_CONTROL_URL) {
    project.provide('weapp', { serverUrl: process.env.WEAPP_SERVER_URL, stubControlUrl: process.env.WEAPP_STUB_CONTROL_URL, staff: STAFF, budgetDir });
    return done;
  }
  const backend = await startBackend();
  project.provide('weapp', { serverUrl: backend.server.url, stubControlUrl: backend.stubControlUrl, staff: STAFF, budgetDir });
  return async () => {
    done();
    await backend.stop();
  };
}

function printBudgets(dir: string) {
  const rows: { count: number; largest: { bytes: number; route: string } | null }[] = [];
  for (const name of fs.readdirSync(dir)) rows.push(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  if (!rows.length) return;
  const count = rows.reduce((n, r) => n + r.count, 0);
  const largest = rows.flatMap((r) => (r.largest ? [r.largest] : [])).sort((a, b) => b.bytes - a.bytes)[0];
  console.log(
    `[weapp] setData over the run: ${count} payloads in ${rows.length} files; largest ${largest ? `${(largest.bytes / 1024).toFixed(1)} KB (${largest.route})` : '–'}; limit 256 KB`,
  );
}
