// setData keys are data paths: `a.b[0].c`, and Taro writes `root.cn.[0].v`.

export function parsePath(key: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of key.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : m[2]);
  return out;
}

/** Taro's `.[n]` written as `[n]`, the form WeChat documents. */
export function normalizeKey(key: string): string {
  return key.replace(/\.\[(\d+)\]/g, '[$1]');
}

/** Applies one setData entry to a plain data object, creating objects and arrays on the way. */
export function applyPath(target: Record<string, any>, key: string, value: unknown) {
  const segs = parsePath(key);
  let cur: any = target;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i];
    if (cur[seg] === null || typeof cur[seg] !== 'object') cur[seg] = typeof segs[i + 1] === 'number' ? [] : {};
    cur = cur[seg];
  }
  cur[segs[segs.length - 1]] = value;
}
