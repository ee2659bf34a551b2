// Every member of WeChat's `wx` object, read from WeChat's own typings (miniprogram-api-typings, a
// dependency of j-component), so that the host's `wx` has the same keys as the real one: Taro copies
// `Object.keys(wx)` onto `Taro`, and a call to anything the host does not implement is recorded.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function wxApiNames(): string[] {
  const fromJComponent = createRequire(require.resolve('j-component'));
  const dir = path.dirname(fromJComponent.resolve('miniprogram-api-typings/package.json'));
  const text = fs.readFileSync(path.join(dir, 'types', 'wx', 'lib.wx.api.d.ts'), 'utf8');
  const lines = text.split('\n');
  const start = lines.indexOf('    interface Wx {');
  if (start < 0) throw new Error('interface Wx not found in miniprogram-api-typings');
  const names = new Set<string>();
  let inComment = false;
  for (const line of lines.slice(start + 1)) {
    // Comments hold example code with braces and calls: skip them.
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      continue;
    }
    if (/^\s*\/\*/.test(line)) {
      inComment = !line.includes('*/');
      continue;
    }
    if (/^ {4}}/.test(line)) break;
    const m = /^ {8}([A-Za-z_$][\w$]*)\s*[<(:]/.exec(line);
    if (m) names.add(m[1]);
  }
  if (names.size < 300) throw new Error(`only ${names.size} wx members read from the typings`);
  return [...names].sort();
}
