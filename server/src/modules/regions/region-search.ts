// Finding a region by what a person types: Chinese (长沙, 湘西), toneless pinyin (changsha),
// pinyin initials (cs, dg) or the English name. The division tree is fixed data (GB/T 2260 plus a few
// zones), so the keys are built once in memory from the same rows the seed writes; the matching
// codes are then read from the database, which stays the source of the regions themselves.
import { buildRegionRows, type RegionRow } from './division-data.js';
import { normalize, toInitials } from '../search/text.js';

export const REGION_SEARCH_MAX = 50;
export const REGION_QUERY_MAX = 30;

interface Key {
  code: string;
  level: RegionRow['level'];
  name: string;
  shortName: string;
  pinyin: string;
  initials: string;
  english: string;
}

let keys: Key[] | undefined;
function regionKeys(): Key[] {
  keys ??= buildRegionRows().map((r) => ({
    code: r.code,
    level: r.level,
    name: r.name,
    shortName: r.shortName,
    pinyin: r.pinyin,
    initials: toInitials(r.shortName),
    english: r.nameEn.toLowerCase().replace(/[^a-z]/g, ''),
  }));
  return keys;
}

const LEVEL_ORDER: Record<RegionRow['level'], number> = { PROVINCE: 0, SUB_PROVINCIAL_CITY: 1, PREFECTURE_CITY: 2, INDUSTRIAL_ZONE: 3, COUNTY: 4 };

/** How well a region matches (lower is better), or null when it does not. */
function score(k: Key, q: string, latin: string): number | null {
  if (latin) {
    if (k.pinyin === latin || k.initials === latin || k.english === latin) return 0;
    if (k.pinyin.startsWith(latin) || k.english.startsWith(latin)) return 1;
    if (latin.length >= 2 && k.initials.startsWith(latin)) return 2;
    return null;
  }
  if (k.shortName === q || k.name === q) return 0;
  if (k.shortName.startsWith(q) || k.name.startsWith(q)) return 1;
  if (k.name.includes(q)) return 2;
  return null;
}

/**
 * Codes of the regions matching `query`, best first: exact names, then prefixes, then the rest;
 * within each, provinces before cities before counties, then by code. Empty for an empty query.
 */
export function searchRegionCodes(query: string, first: number): string[] {
  const q = normalize(query).replace(/\s+/g, '');
  if (!q) return [];
  const latin = /^[a-z']+$/.test(q) ? q.replace(/'/g, '') : '';
  if (!latin && /^[a-z0-9'\s]*$/.test(q)) return [];
  const hits: { k: Key; s: number }[] = [];
  for (const k of regionKeys()) {
    const s = score(k, q, latin);
    if (s !== null) hits.push({ k, s });
  }
  hits.sort((a, b) => a.s - b.s || LEVEL_ORDER[a.k.level] - LEVEL_ORDER[b.k.level] || a.k.code.localeCompare(b.k.code));
  return hits.slice(0, Math.max(1, Math.min(first, REGION_SEARCH_MAX))).map((h) => h.k.code);
}
