import type { Lang } from './store'

/** Display names of the schema's enums, in both languages. Unknown values fall back to the raw value. */
const TIER: Record<string, [string, string]> = {
  MAIN: ['主名片', 'Main Card'],
  FEATURED: ['特色名片', 'Featured Card'],
}

const THEME: Record<string, [string, string]> = {
  TECH_HOTSPOT: ['科创热点', 'Tech Hotspot'],
  INNOVATIVE_CONSUMPTION: ['创新消费', 'Innovative Consumption'],
  UPGRADE_RENEWAL: ['升级更新', 'Upgrade & Renewal'],
}

/** Full theme names as the 2025 programme words them. */
const THEME_FULL: Record<string, [string, string]> = {
  TECH_HOTSPOT: ['科创热点城市产业名片', 'Tech Innovation Hotspot City Cards'],
  INNOVATIVE_CONSUMPTION: ['创新消费城市产业名片', 'Innovative Consumption City Cards'],
  UPGRADE_RENEWAL: ['升级更新城市产业名片', 'Upgrade & Renewal City Cards'],
}

const LANDMARK: Record<string, [string, string]> = {
  MUSEUM: ['工业博物馆', 'Industrial museum'],
  HERITAGE: ['工业遗产', 'Industrial heritage'],
  CREATIVE_TOWN: ['创意小镇', 'Creative town'],
  PARK: ['产业园区', 'Industrial park'],
  TOURISM: ['工业旅游', 'Industrial tourism'],
}

const REGION_LEVEL: Record<string, [string, string]> = {
  PROVINCE: ['省级', 'Province'],
  SUB_PROVINCIAL_CITY: ['副省级（省会）城市', 'Sub-provincial city'],
  PREFECTURE_CITY: ['地级市', 'Prefecture-level city'],
  COUNTY: ['区、县（市）、旗', 'County / district'],
  INDUSTRIAL_ZONE: ['产业集聚区', 'Industrial zone'],
}

function pick(table: Record<string, [string, string]>, value: string, lang: Lang): string {
  const entry = table[value]
  if (!entry) return value
  return lang === 'en' ? entry[1] : entry[0]
}

export const THEMES = ['TECH_HOTSPOT', 'INNOVATIVE_CONSUMPTION', 'UPGRADE_RENEWAL'] as const
export const TIERS = ['MAIN', 'FEATURED'] as const
export type ThemeValue = (typeof THEMES)[number]
export type TierValue = (typeof TIERS)[number]

export const tierLabel = (v: string, lang: Lang) => pick(TIER, v, lang)
/** Short tier names for tight places (filter tabs). */
export const tierShortLabel = (v: string, lang: Lang) => (lang === 'en' ? pick(TIER, v, lang).replace(/ Card$/, '') : pick(TIER, v, lang))
export const themeLabel = (v: string, lang: Lang) => pick(THEME, v, lang)
export const themeFullLabel = (v: string, lang: Lang) => pick(THEME_FULL, v, lang)
export const landmarkKindLabel = (v: string, lang: Lang) => pick(LANDMARK, v, lang)
export const regionLevelLabel = (v: string, lang: Lang) => pick(REGION_LEVEL, v, lang)
