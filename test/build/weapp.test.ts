import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mainPackage } from '../../server/bench/weapp-size.js';

const dist = fileURLToPath(new URL('../../client/dist/weapp/', import.meta.url));

describe('weapp build (run `pnpm build:weapp` first; `pnpm test` does)', () => {
  it('has an app.json listing pages that exist', () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
    expect(appJson.pages.length).toBeGreaterThanOrEqual(3);
    for (const page of appJson.pages) {
      for (const ext of ['.js', '.wxml', '.json']) expect(fs.existsSync(path.join(dist, page + ext)), `${page}${ext}`).toBe(true);
    }
  });

  it('keeps the main package under 1 MB (measured as `pnpm bench size` measures it)', () => {
    const main = mainPackage(dist);
    expect(main).not.toBeNull();
    console.log(`[weapp] main package: ${(main!.bytes / 1024).toFixed(1)} KB (limit 1024 KB), ${main!.subpackages.length} subpackage(s)`);
    expect(main!.subpackages.length).toBeGreaterThan(0);
    expect(main!.bytes).toBeGreaterThan(10 * 1024);
    expect(main!.bytes).toBeLessThan(1024 * 1024);
  });
});
