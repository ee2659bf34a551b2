// Configuration is read in one place (server/src/config.ts) and checked at start: the real server
// stops on a wrong value with one line naming the variable, the value and what is allowed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, VARIABLES, loadConfig } from '../../server/src/config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-config-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real server entry point with one setting changed; resolves when it exits. */
function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.join(root, 'server'),
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: `pglite:${path.join(dataDir, 'db')}`,
      MEDIA_DIR: path.join(dataDir, 'media'),
      PRIVATE_DIR: path.join(dataDir, 'private'),
      SAMPLE_FILMS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('a wrong setting stops the server', () => {
  it.each([
    ['INQUIRY_HOURS', '1-5 9-17:30', 'INQUIRY_HOURS="1-5 9-17:30": expected days and hours like "1-5 09:00-17:30" or "always"'],
    ['DATABASE_POOL_SIZE', 'ten', 'DATABASE_POOL_SIZE="ten": expected a whole number of connections from 1 to 1000'],
    ['PORT', '99999', 'PORT="99999": expected a port number from 0 to 65535'],
    ['TRUST_PROXY', 'yes', 'TRUST_PROXY="yes": expected the number of reverse proxies in front of the server: 0 (none), 1 (one nginx), 2…'],
    ['RESPONSE_CACHE_TTL_MS', '-1', 'RESPONSE_CACHE_TTL_MS="-1": expected milliseconds from 0 (off) to 86400000'],
  ])('%s=%s: one line, no stack trace, a non-zero exit code', { timeout: 60_000 }, async (name, value, line) => {
    const { code, stdout, stderr } = await start({ [name]: value });
    expect(stderr).toBe(`${line}\n`);
    expect(stdout).toBe('');
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
  });
});

describe('loadConfig', () => {
  it('reads every setting with its default, and treats an empty value as unset', () => {
    const config = loadConfig({ PORT: '', NODE_ENV: 'production', TRUST_PROXY: '1', DATABASE_POOL_SIZE: '4', INQUIRY_HOURS: 'always' });
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databasePoolSize: 4,
      trustProxy: true,
      production: true,
      trustedDocumentsOnly: true,
      responseCacheTtlMs: 30_000,
      sampleFilms: true,
      shutdownGraceMs: 5000,
      metricsToken: null,
    });
    expect(config.log).toEqual({ level: 'info', format: 'json' });
    expect(loadConfig({}).log).toEqual({ level: 'info', format: 'pretty' });
  });

  it('names the variable, the value and what is allowed', () => {
    const error = (() => {
      try {
        loadConfig({ LOG_LEVEL: 'loud' });
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toBe('LOG_LEVEL="loud": expected fatal, error, warn, info, debug, trace, silent');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN="short": expected at least 16 characters');
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example.cn/path' })).toThrow(/^CORS_ORIGINS=/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db' })).toThrow(/^DATABASE_URL="mysql:\/\/db": expected "pglite:<folder>"/);
  });
});

describe('one place', () => {
  it('the README configuration table lists exactly the variables the schema reads', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.split('\n## Configuration\n')[1].split('\n## ')[0];
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    const documented = new Set(rows.flatMap((row) => [...row.split(' | ')[0].matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1])));
    expect([...documented].sort()).toEqual(Object.keys(VARIABLES).sort());
  });

  it('nothing in server/src but config.ts reads process.env', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'generated') walk(file);
        } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') && /process\.env/.test(fs.readFileSync(file, 'utf8'))) {
          offenders.push(path.relative(root, file));
        }
      }
    };
    walk(path.join(root, 'server', 'src'));
    expect(offenders).toEqual(['server/src/config.ts']);
  });
});
