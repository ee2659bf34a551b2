// Draws the tab bar icons (81 × 81 PNG, a line drawing in two colours) with no image library:
// shapes are distance tests, sampled 4 × 4 per pixel, written as a palette-free RGBA PNG with zlib.
// Run: node client/scripts/tab-icons.mjs  (writes client/src/assets/tabbar/*.png)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const OUT = fileURLToPath(new URL('../src/assets/tabbar/', import.meta.url));
const COLOURS = { off: [92, 83, 76], on: [200, 16, 46] }; // --ink-2 and --accent of _tokens.scss
const W = 3; // half the stroke width

const segDist = (px, py, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};
const line =
  (...pts) =>
  (x, y) =>
    pts.slice(1).some((p, i) => segDist(x, y, pts[i], p) <= W);
const closed = (...pts) => line(...pts, pts[0]);
const ring = (cx, cy, r) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= W;
const disc = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) <= r;
const arc = (cx, cy, r, from, to) => (x, y) => {
  const a = Math.atan2(y - cy, x - cx);
  return a >= from && a <= to && Math.abs(Math.hypot(x - cx, y - cy) - r) <= W;
};
const tri = (a, b, c) => (x, y) => {
  const s = (p, q) => (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1]);
  const d1 = s(a, b);
  const d2 = s(b, c);
  const d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const ICONS = {
  home: [line([10, 40], [40, 13], [70, 40]), line([19, 33], [19, 68], [61, 68], [61, 33]), line([34, 68], [34, 50], [46, 50], [46, 68])],
  cards: [closed([12, 18], [68, 18], [68, 63], [12, 63]), ring(29, 35, 7), line([22, 52], [36, 52]), line([44, 32], [60, 32]), line([44, 44], [60, 44])],
  films: [closed([10, 20], [70, 20], [70, 61], [10, 61]), tri([33, 29], [33, 52], [52, 40.5])],
  ask: [arc(40, 36, 26, -Math.PI, Math.PI * 0.62), line([27, 59], [20, 70], [33, 61]), disc(28, 36, 3.5), disc(40, 36, 3.5), disc(52, 36, 3.5)],
  me: [ring(40, 27, 13), arc(40, 72, 27, -Math.PI, 0)],
};

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(shapes, [r, g, b]) {
  const rows = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4);
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (shapes.some((s) => s(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4))) hits++;
      row.set([r, g, b, Math.round((hits / 16) * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const data = zlib.deflateSync(Buffer.concat(rows), { level: 9 });
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const [name, shapes] of Object.entries(ICONS)) {
  fs.writeFileSync(path.join(OUT, `${name}.png`), png(shapes, COLOURS.off));
  fs.writeFileSync(path.join(OUT, `${name}-on.png`), png(shapes, COLOURS.on));
}
console.log(`wrote ${Object.keys(ICONS).length * 2} icons to ${OUT}`);
