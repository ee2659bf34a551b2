// The weapp main package as WeChat counts it: everything outside the subpackages' roots.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../client/dist/weapp/', import.meta.url));

function sizeOf(dir: string, skip: Set<string>): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (skip.has(path.relative(dist, full))) continue;
    total += entry.isDirectory() ? sizeOf(full, skip) : fs.statSync(full).size;
  }
  return total;
}

export function runWeappSizeBench() {
  const appJson = path.join(dist, 'app.json');
  if (!fs.existsSync(appJson)) return console.log('\nweapp main package: skipped — not built (pnpm build:weapp)');
  const { subPackages = [], subpackages = [] } = JSON.parse(fs.readFileSync(appJson, 'utf8')) as Record<string, { root: string }[]>;
  const roots = [...subPackages, ...subpackages].map((s) => s.root.replace(/\/$/, ''));
  const main = sizeOf(dist, new Set(roots));
  console.log(`\nweapp main package: ${(main / 1024).toFixed(0)} KB (${roots.length} subpackages) — goal ≤ 500 KB, WeChat's limit 2 MB`);
}
