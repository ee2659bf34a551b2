// The production server as one compiled JavaScript file (dist/main.js): no TypeScript compiler in the
// running process. Packages stay in node_modules (external); our own code and the workspace's
// TypeScript package (@cards/schema) are bundled, since Node cannot load .ts files.
import fs from 'node:fs';
import { build } from 'esbuild';

const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !name.startsWith('@cards/'));

const started = Date.now();
await build({
  entryPoints: [new URL('../src/main.ts', import.meta.url).pathname],
  outfile: new URL('../dist/main.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  sourcemap: true,
  logLevel: 'warning',
});
console.log(`[build] server/dist/main.js in ${Date.now() - started} ms`);
