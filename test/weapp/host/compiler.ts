// WeChat's own template and style compilers (wcc, wcsc from `miniprogram-compiler`) over the built
// package. The binaries ship without their run bit, so a copy with it is made in the temporary
// folder (the package store stays untouched).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export class CompileError extends Error {}

let binDir: string | null = null;
function binary(name: 'wcc' | 'wcsc'): string {
  if (process.platform !== 'linux') throw new Error(`the weapp tests run WeChat's Linux compilers; this is ${process.platform}`);
  if (!binDir) {
    const pkg = path.dirname(require.resolve('miniprogram-compiler/package.json'));
    const version = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version;
    // One runnable copy per compiler version and user, shared by test processes and runs.
    const dir = path.join(os.tmpdir(), `cards-wcc-${version}-${os.userInfo().uid}`);
    if (!['wcc', 'wcsc'].every((f) => fs.existsSync(path.join(dir, f)))) {
      const staging = fs.mkdtempSync(`${dir}-`);
      for (const file of ['wcc', 'wcsc']) {
        fs.copyFileSync(path.join(pkg, 'bin', 'linux', file), path.join(staging, file));
        fs.chmodSync(path.join(staging, file), 0o755);
      }
      try {
        fs.renameSync(staging, dir);
      } catch {
        // Another test process got there first: theirs is the same.
        fs.rmSync(staging, { recursive: true, force: true });
      }
    }
    binDir = dir;
  }
  return path.join(binDir, name);
}

/** Files under `root` with the extension, relative, with forward slashes, in a stable order. */
export function filesOf(root: string, ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ext)) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

function readJson(file: string): Record<string, any> | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Compiles every .wxml and .wxs of the package in one wcc run (as DevTools does: templates import
 * each other) and returns the source of `$gwx`. Throws a CompileError with wcc's own message
 * (`file:line:column: reason`) on any error.
 */
export function compileTemplates(root: string): string {
  const wxml = filesOf(root, '.wxml');
  const wxs = filesOf(root, '.wxs');
  // Custom components used by each template: `count, then per file: path, n, names…`.
  const components: string[] = [];
  let count = 0;
  for (const file of wxml) {
    const names = Object.keys(readJson(path.join(root, file.replace(/\.wxml$/, '.json')))?.usingComponents ?? {});
    if (!names.length) continue;
    count += 1;
    components.push(file, String(names.length), ...names);
  }
  const componentArg = [String(count), ...components].join(' ');
  const run = spawnSync(binary('wcc'), ['-d', '-cc', componentArg, ...wxml, ...wxs, '-gn', '$gwx'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new CompileError(`wcc failed (exit ${run.status}):\n${run.stderr.toString().trim() || run.stdout.toString().trim()}`);
  return run.stdout.toString();
}

/**
 * Compiles every .wxss with wcsc (given the whole list, or an @import of a shared stylesheet is
 * "not found"). Returns wcsc's common code and, per file, the code that builds its style sheet.
 */
export function compileStyles(root: string): { common: string; files: Record<string, string> } {
  const all = filesOf(root, '.wxss');
  // Page and component styles first (those with a .json next to them), as DevTools orders them.
  const components = all.filter((f) => fs.existsSync(path.join(root, f.replace(/\.wxss$/, '.json'))));
  const others = all.filter((f) => !components.includes(f));
  const run = spawnSync(binary('wcsc'), ['-db', '-pc', String(components.length), ...components, ...others], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  const stderr = run.stderr.toString().trim();
  if (run.status !== 0 || /^ERR:/m.test(stderr)) throw new CompileError(`wcsc failed (exit ${run.status}):\n${stderr || run.stdout.toString().trim()}`);
  // Output: `key=value=key=value…` with `=` escaped inside values.
  const parts = run.stdout.toString().split('=');
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) out[parts[i]] = parts[i + 1];
  const files: Record<string, string> = {};
  for (const [key, value] of Object.entries(out)) if (key.endsWith('.wxss')) files[key.replace(/^\.\//, '')] = unescapeJs(value);
  return { common: unescapeJs(out.comm ?? ''), files };
}

/** wcsc escapes its JavaScript output like a JS string literal body (\xNN, \n, \uNNNN). */
function unescapeJs(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|n|r|t|\\|'|")/g, (_m, c: string) => {
    if (c[0] === 'x' || c[0] === 'u') return String.fromCharCode(parseInt(c.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[c];
  });
}
