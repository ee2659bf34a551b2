// Starts the real server (`server/src/main.ts`, or its compiled bundle) as a child process on a free port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  dataDir: string;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse a data folder (e.g. to restart a killed server); it is then kept on stop. */
  dataDir?: string;
  /** Centre accounts to create (with the real `admin:create` command) before the server starts. */
  accounts?: { username: string; password: string; role?: 'ADMIN' | 'STAFF' }[];
  /** Run the compiled production bundle (server/dist/main.js, built by `pnpm build`) instead of the sources. */
  compiled?: boolean;
}

/** A fresh embedded database in a temporary folder unless env.DATABASE_URL says otherwise. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const ownsData = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cards-server-'));
  const env = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `pglite:${path.join(dataDir, 'db')}`,
    MEDIA_DIR: path.join(dataDir, 'media'),
    PRIVATE_DIR: path.join(dataDir, 'private'),
    ...options.env,
  };
  for (const account of options.accounts ?? []) {
    const args = ['--import', 'tsx', 'src/db/admin-cli.ts', account.username, ...(account.role === 'STAFF' ? ['--staff'] : [])];
    const result = spawnSync(process.execPath, args, {
      cwd: path.join(root, 'server'),
      env: { ...env, CARDS_ADMIN_PASSWORD: account.password },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`admin:create failed: ${result.stderr}${result.stdout}`);
  }
  const child = spawn(process.execPath, options.compiled ? ['dist/main.js'] : ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(root, 'server'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${log}`)), 120_000);
    const check = () => {
      const m = /serving at (http:\/\/[\d.:]+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    process: child,
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill(signal);
        await exited;
      }
      if (ownsData) fs.rmSync(dataDir, { recursive: true, force: true });
    },
    dataDir,
  };
}

/** The latest sign-in code the server's console SMS sender printed for a phone (waits until there is one). */
export async function smsCode(server: Pick<RunningServer, 'output'>, phone: string): Promise<string> {
  const { expect } = await import('vitest');
  let code = '';
  await expect
    .poll(() => {
      code = [...server.output().matchAll(new RegExp(`\\[sms\\] sign-in code for ${phone}: (\\d{6})`, 'g'))].at(-1)?.[1] ?? '';
      return code;
    })
    .toMatch(/^\d{6}$/);
  return code;
}
