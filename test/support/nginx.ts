// Debian's nginx in front of server processes, configured with the repository's own site file
// (deploy/nginx/cards.conf), so the deployment guide and the tests cannot drift apart. Runs with
// its own prefix, config, pid, logs and temp folders under a temporary folder, on a free port.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_FILE = fileURLToPath(new URL('../../deploy/nginx/cards.conf', import.meta.url));
export const nginxPath = process.env.NGINX_PATH ?? (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

export function nginxInstalled(): boolean {
  return spawnSync(nginxPath, ['-v'], { stdio: 'ignore' }).status === 0;
}

/**
 * The site file with the test's own instances and listening address: the lines marked
 * "# instance" become one `server` line per instance, the "# public" listen line becomes a plain
 * HTTP one, and the certificate lines go. Everything else is used as written.
 */
export function renderSite(template: string, options: { listen: string; instances: string[] }): string {
  const lines = template.split('\n');
  const isInstance = (l: string) => /;\s*# instance\s*$/.test(l);
  const first = lines.findIndex(isInstance);
  const publicLine = lines.findIndex((l) => /;\s*# public\s*$/.test(l));
  if (first < 0 || publicLine < 0 || !lines.some((l) => /^\s*ssl_certificate\b/.test(l))) {
    throw new Error(`${SITE_FILE} no longer has the "# instance", "# public" and ssl_certificate lines the test replaces`);
  }
  const indent = /^\s*/.exec(lines[first])![0];
  return lines
    .flatMap((line, i) => {
      if (i === first) return options.instances.map((address) => `${indent}server ${address};`);
      if (isInstance(line) || /^\s*ssl_certificate/.test(line)) return [];
      if (i === publicLine) return [`${/^\s*/.exec(line)![0]}listen ${options.listen};`];
      return [line];
    })
    .join('\n');
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningNginx {
  url: string;
  /** The access log: client address, X-Forwarded-For as received, status, upstream used. */
  accessLog(): string;
  stop(): Promise<void>;
}

export async function startNginx(instanceUrls: string[]): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-nginx-'));
  fs.chmodSync(dir, 0o755); // workers drop root to nobody and must reach their temp folders
  const port = await freePort();
  const site = renderSite(fs.readFileSync(SITE_FILE, 'utf8'), { listen: `127.0.0.1:${port}`, instances: instanceUrls.map((u) => new URL(u).host) });
  fs.writeFileSync(path.join(dir, 'cards.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 512; }',
      'http {',
      `  log_format upstreams '$remote_addr "$http_x_forwarded_for" $status $upstream_addr';`,
      `  access_log ${path.join(dir, 'access.log')} upstreams;`,
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(dir, 'cards.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(nginxPath, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const errorLog = () => (fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : '');
  // Ready when the port accepts connections; a config error ends nginx instead.
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}${errorLog()}\n--- config ---\n${site}`);
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (open) break;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}:\n${output}${errorLog()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    accessLog: () => (fs.existsSync(path.join(dir, 'access.log')) ? fs.readFileSync(path.join(dir, 'access.log'), 'utf8') : ''),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
