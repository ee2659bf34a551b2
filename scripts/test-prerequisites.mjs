#!/usr/bin/env node
// The first step of `pnpm test` and of CI: makes sure the programs the tests drive are installed.
// On Debian or Ubuntu as root (or with password-less sudo) it installs what is missing from
// Debian's packages; anywhere else it stops at once with one line naming what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** What the tests need: a check, and the Debian package that satisfies it. */
const needs = [
  { what: 'Chromium', pkg: 'chromium', ok: () => fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { what: 'CJK fonts', pkg: 'fonts-noto-cjk', ok: () => hasCjkFont() },
  { what: 'ffmpeg', pkg: 'ffmpeg', ok: () => runs('ffmpeg', ['-version']) && runs('ffprobe', ['-version']) },
  { what: 'nginx', pkg: 'nginx', ok: () => runs(nginxPath(), ['-v']) },
];

function runs(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function nginxPath() {
  return process.env.NGINX_PATH ?? (fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
}

function hasCjkFont() {
  if (!runs('fc-list', ['--version'])) return false;
  return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
}

const missing = needs.filter((need) => !need.ok());
if (missing.length === 0) process.exit(0);

const packages = missing.map((need) => need.pkg);
const names = missing.map((need) => need.what).join(', ');
const isDebian = fs.existsSync('/etc/debian_version') && runs('apt-get', ['--version']);
const isRoot = process.getuid?.() === 0;
const sudo = !isRoot && isDebian && runs('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;

if (!isDebian || (!isRoot && !sudo)) {
  const how = isDebian ? `as root: apt-get install ${packages.join(' ')}` : `install ${names} (Debian packages: ${packages.join(' ')})`;
  console.error(`The tests need ${names}, which this machine lacks: ${how}`);
  process.exit(1);
}

console.log(`[test] installing ${packages.join(' ')} from Debian's packages (needed by the tests: ${names})`);
const apt = (args) => {
  const [command, ...rest] = sudo ? [...sudo, 'apt-get', ...args] : ['apt-get', ...args];
  const result = spawnSync(command, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) {
    console.error(`apt-get ${args[0]} failed: install ${packages.join(' ')} by hand, then run the tests again`);
    process.exit(1);
  }
};
apt(['update', '-qq']);
apt(['install', '-y', '-qq', '--no-install-recommends', ...packages]);

const still = needs.filter((need) => !need.ok());
if (still.length) {
  console.error(`Still missing after apt-get install: ${still.map((need) => need.what).join(', ')}`);
  process.exit(1);
}
