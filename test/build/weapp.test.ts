import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

describe('weapp build (run `pnpm build:weapp` first; `pnpm test` does)', () => {
  it('has an app.json listing pages that exist', () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
    expect(appJson.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of appJson.pages) {
      for (const ext of ['.js', '.wxml', '.json']) expect(fs.existsSync(path.join(dist, page + ext)), `${page}${ext}`).toBe(true);
    }
  });

  it('keeps the main package under 1 MB', () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
    const subpackages: { root: string }[] = appJson.subPackages ?? appJson.subpackages ?? [];
    const main = sizeOf(dist, new Set(subpackages.map((s) => s.root.replace(/\/$/, ''))));
    console.log(`[weapp] main package: ${(main / 1024).toFixed(1)} KB (limit 1024 KB), ${subpackages.length} subpackage(s)`);
    expect(main).toBeGreaterThan(10 * 1024);
    expect(main).toBeLessThan(1024 * 1024);
  });
});
