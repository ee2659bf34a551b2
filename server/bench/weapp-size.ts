// The weapp main package as WeChat counts it: everything outside the subpackages' roots.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordGoal } from './goals.js';

const dist = fileURLToPath(new URL('../../client/dist/weapp/', import.meta.url));

/** Bytes of the built weapp outside the subpackages (the main package), and the subpackages' roots. */
export function mainPackage(root = dist): { bytes: number; subpackages: string[] } | null {
  const appJson = path.join(root, 'app.json');
  if (!fs.existsSync(appJson)) return null;
  const { subPackages = [], subpackages = [] } = JSON.parse(fs.readFileSync(appJson, 'utf8')) as Record<string, { root: string }[]>;
  const roots = [...subPackages, ...subpackages].map((s) => s.root.replace(/\/$/, ''));
  return { bytes: sizeOf(root, root, new Set(roots)), subpackages: roots };
}

function sizeOf(root: string, dir: string, skip: Set<string>): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.has(path.relative(root, full))) continue;
    total += entry.isDirectory() ? sizeOf(root, full, skip) : fs.statSync(full).size;
  }
  return total;
}

export function runWeappSizeBench() {
  const main = mainPackage();
  if (!main) {
    recordGoal('weapp main package', 'not built (pnpm build:weapp)', '≤ 500 KB', null);
    return console.log('\nweapp main package: skipped — not built (pnpm build:weapp)');
  }
  recordGoal('weapp main package', `${(main.bytes / 1024).toFixed(0)} KB`, '≤ 500 KB', main.bytes <= 500 * 1024);
  console.log(`\nweapp main package: ${(main.bytes / 1024).toFixed(0)} KB (${main.subpackages.length} subpackages) — goal ≤ 500 KB, WeChat's limit 2 MB`);
}
