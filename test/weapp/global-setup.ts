// One real server for the whole weapp project (a fresh server takes long to start on a shared
// two-core machine), its WeChat API pointed at the local stand-in, and one staff account. Each
// test file runs its own host (Taro's runtime keeps global state) against it, with its own users.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../support/server.js';
import { startWechatStub } from '../support/wechat-stub.js';
import { serveStubControl } from '../support/wechat-stub-control.js';
import { SUBSCRIBE_TEMPLATE_ID } from './host/constants.js';

export const STAFF = { username: 'weapp.staff', password: 'weapp-staff-password-1', role: 'STAFF' as const };

declare module 'vitest' {
  export interface ProvidedContext {
    weapp: { serverUrl: string; stubControlUrl: string; staff: typeof STAFF; budgetDir: string };
  }
}

export default async function setup(project: TestProject) {
  const budgetDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-weapp-budget-'));
  // While working on the host: reuse a running server and stand-in (see test/weapp/dev-server.ts).
  if (process.env.WEAPP_SERVER_URL && process.env.WEAPP_STUB_CONTROL_URL) {
    project.provide('weapp', { serverUrl: process.env.WEAPP_SERVER_URL, stubControlUrl: process.env.WEAPP_STUB_CONTROL_URL, staff: STAFF, budgetDir });
    return () => printBudgets(budgetDir);
  }
  const stub = await startWechatStub();
  const control = await serveStubControl(stub);
  const server = await startServer({
    accounts: [STAFF],
    env: {
      WECHAT_API_BASE: stub.url,
      WECHAT_APP_ID: stub.appId,
      WECHAT_APP_SECRET: stub.appSecret,
      WECHAT_SUBSCRIBE_TEMPLATE_ID: SUBSCRIBE_TEMPLATE_ID,
      // The citizen journey uploads its own short film; the four sample films would only add load.
      SAMPLE_FILMS: '0',
      INQUIRY_HOURS: 'always',
    },
  });
  // Each host writes its setData sizes into budgetDir; the teardown prints the largest of the run.
  project.provide('weapp', { serverUrl: server.url, stubControlUrl: control.url, staff: STAFF, budgetDir });
  return async () => {
    printBudgets(budgetDir);
    fs.rmSync(budgetDir, { recursive: true, force: true });
    await server.stop();
    await control.close();
    await stub.close();
  };
}

function printBudgets(dir: string) {
  const rows: { file: string; count: number; largest: { bytes: number; route: string } | null }[] = [];
  for (const name of fs.readdirSync(dir)) rows.push(JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')));
  if (!rows.length) return;
  const count = rows.reduce((n, r) => n + r.count, 0);
  const largest = rows.map((r) => r.largest).filter((x) => x !== null).sort((a, b) => b!.bytes - a!.bytes)[0];
  console.log(`[weapp] setData: ${count} payloads in ${rows.length} files; largest ${largest ? `${(largest.bytes / 1024).toFixed(1)} KB (${largest.route})` : '–'}; limit 256 KB`);
}
