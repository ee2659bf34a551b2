// After the H5 build: a brotli and a gzip copy of every text asset, so the server sends the smallest
// encoding the browser accepts without compressing on each request (sirv picks `x.js.br` / `x.js.gz`).
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const root = path.resolve(process.argv[2] ?? 'dist/h5');
const TEXT = /\.(js|css|html|svg|json|txt|webmanifest)$/;
const MIN_BYTES = 1024; // below this the headers cost more than the saving

let files = 0;
let before = 0;
let after = 0;
for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
  const file = path.join(root, name);
  if (!TEXT.test(name) || !fs.statSync(file).isFile()) continue;
  const data = fs.readFileSync(file);
  if (data.length < MIN_BYTES) continue;
  const [br, gz] = await Promise.all([
    brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gzip(data, { level: 9 }),
  ]);
  fs.writeFileSync(`${file}.br`, br);
  fs.writeFileSync(`${file}.gz`, gz);
  files += 1;
  before += data.length;
  after += br.length;
}
console.log(`[precompress] ${files} files in ${path.relative(process.cwd(), root)}: ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli`);
