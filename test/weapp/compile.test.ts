// The built package through WeChat's own compilers, as DevTools compiles it before upload: every
// .wxml and .wxs with wcc, every .wxss with wcsc. A compile error fails here with wcc's or wcsc's
// own message (file:line:column).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CompileError, compileStyles, compileTemplates, filesOf } from './host/compiler.js';
import { DIST } from './host/index.js';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the package with one file changed, to see the compilers refuse it. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-weapp-broken-'));
  copies.push(dir);
  fs.cpSync(DIST, dir, { recursive: true });
  const full = path.join(dir, file);
  fs.writeFileSync(full, edit(fs.readFileSync(full, 'utf8')));
  return dir;
}

describe('WeChat compilers over the weapp build', () => {
  it('compiles every .wxml and .wxs with wcc', () => {
    expect(fs.existsSync(path.join(DIST, 'app.json')), 'run `pnpm build:weapp` first (`pnpm test` does)').toBe(true);
    const wxml = filesOf(DIST, '.wxml');
    const wxs = filesOf(DIST, '.wxs');
    const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'));
    const pages: string[] = [...appJson.pages, ...appJson.subPackages.flatMap((s: { root: string; pages: string[] }) => s.pages.map((p) => `${s.root}/${p}`))];
    for (const page of pages) expect(wxml, `${page}.wxml`).toContain(`${page}.wxml`);
    // Taro's shared templates, its recursive component and the template helpers.
    expect(wxml).toEqual(expect.arrayContaining(['base.wxml', 'comp.wxml']));
    expect(wxs).toContain('utils.wxs');

    const code = compileTemplates(DIST);
    const gwx = new Function('window', `${code}; return $gwx;`)({}) as (file: string) => unknown;
    for (const file of wxml) expect(typeof gwx(file), file).toBe('function');
    console.log(`[weapp] wcc: ${wxml.length} .wxml and ${wxs.length} .wxs compiled (${pages.length} pages)`);
  });

  it('compiles every .wxss with wcsc', () => {
    const wxss = filesOf(DIST, '.wxss');
    const { files } = compileStyles(DIST);
    for (const file of wxss.filter((f) => fs.existsSync(path.join(DIST, f.replace(/\.wxss$/, '.json'))))) expect(Object.keys(files), file).toContain(file);
    console.log(`[weapp] wcsc: ${wxss.length} .wxss compiled`);
  });

  it('fails with wcc’s file and line when a template is broken', () => {
    const dir = brokenCopy('pages/home/index.wxml', (text) => `${text}\n<view class="unclosed">\n`);
    expect(() => compileTemplates(dir)).toThrow(CompileError);
    expect(() => compileTemplates(dir)).toThrow(/pages\/home\/index\.wxml:\d+:\d+: .*end tag missing/);
  });

  it('fails with wcsc’s file and line when a stylesheet is broken', () => {
    const dir = brokenCopy('pages/home/index.wxss', (text) => `${text}\n.broken { color: red;\n.x {\n`);
    expect(() => compileStyles(dir)).toThrow(/pages\/home\/index\.wxss\(\d+:\d+\)/);
  });
});
