import type { Lang } from './store';
import { isPlannedCity } from '@cards/schema/rules/regions';

/** Display names of the schema's enums, in both languages. Unknown values fall back to the raw value. */
const TIER: Record<string, [string, string]> = {
  MAIN: ['主名片', 'Main Card'],
  FEATURED: ['特色名片', 'Featured Card'],
};

const THEME: Record<string, [string, string]> = {
  TECH_HOTSPOT: ['科创热点', 'Tech Hotspot'],
  INNOVATIVE_CONSUMPTION: ['创新消费', 'Innovative Consumption'],
  UPGRADE_RENEWAL: ['升级更新', 'Upgrade & Renewal'],
};

/** Full theme names as the 2025 programme words them. */
const THEME_FULL: Record<string, [string, string]> = {
  TECH_HOTSPOT: ['科创热点城市产业名片', 'Tech Innovation Hotspot City Cards'],
  INNOVATIVE_CONSUMPTION: ['创新消费城市产业名片', 'Innovative Consumption City Cards'],
  UPGRADE_RENEWAL: ['升级更新城市产业名片', 'Upgrade & Renewal City Cards'],
};

const LANDMARK: Record<string, [string, string]> = {
  MUSEUM: ['工业博物馆', 'Industrial museum'],
  HERITAGE: ['工业遗产', 'Industrial heritage'],
  CREATIVE_TOWN: ['创意小镇', 'Creative town'],
  PARK: ['产业园区', 'Industrial park'],
  TOURISM: ['工业旅游', 'Industrial tourism'],
};

const REGION_LEVEL: Record<string, [string, string]> = {
  PROVINCE: ['省级', 'Province'],
  SUB_PROVINCIAL_CITY: ['副省级（省会）城市', 'Sub-provincial city'],
  PREFECTURE_CITY: ['地级市', 'Prefecture-level city'],
  COUNTY: ['区、县（市）、旗', 'County / district'],
  INDUSTRIAL_ZONE: ['产业集聚区', 'Industrial zone'],
};

function pick(table: Record<string, [string, string]>, value: string, lang: Lang): string {
  const entry = table[value];
  if (!entry) return value;
  return lang === 'en' ? entry[1] : entry[0];
}

export const THEMES = ['TECH_HOTSPOT', 'INNOVATIVE_CONSUMPTION', 'UPGRADE_RENEWAL'] as const;
export const TIERS = ['MAIN', 'FEATURED'] as const;
export type ThemeValue = (typeof THEMES)[number];
export type TierValue = (typeof TIERS)[number];

export const tierLabel = (v: string, lang: Lang) => pick(TIER, v, lang);
/** Short tier names for tight places (filter tabs). */
export const tierShortLabel = (v: string, lang: Lang) => (lang === 'en' ? pick(TIER, v, lang).replace(/ Card$/, '') : pick(TIER, v, lang));
export const themeLabel = (v: string, lang: Lang) => pick(THEME, v, lang);
export const themeFullLabel = (v: string, lang: Lang) => pick(THEME_FULL, v, lang);
export const landmarkKindLabel = (v: string, lang: Lang) => pick(LANDMARK, v, lang);
export const regionLevelLabel = (v: string, lang: Lang) => pick(REGION_LEVEL, v, lang);

/** Name endings → what a place is, most specific first (自治县 before 县). */
const KIND_BY_ENDING: Record<string, [string, [string, string]][]> = {
  PREFECTURE_CITY: [
    ['自治州', ['自治州', 'Autonomous prefecture']],
    ['地区', ['地区', 'Prefecture']],
    ['盟', ['盟', 'League']],
    ['市', ['地级市', 'Prefecture-level city']],
  ],
  COUNTY: [
    ['自治县', ['自治县', 'Autonomous county']],
    ['自治旗', ['自治旗', 'Autonomous banner']],
    ['林区', ['林区', 'Forestry district']],
    ['特区', ['特区', 'Special district']],
    ['区', ['市辖区', 'District']],
    ['县', ['县', 'County']],
    ['市', ['县级市', 'County-level city']],
    ['旗', ['旗', 'Banner']],
  ],
};

/**
 * What one place is, for a row that names it (长沙 省会, 湘西州 自治州, 宁乡市 县级市), rather than the
 * programme's level category, which fits a filter or a rule but says little beside a single name.
 */
export function regionKindLabel(region: { level: string; name: string; code: string }, lang: Lang): string {
  const i = lang === 'en' ? 1 : 0;
  if (region.level === 'SUB_PROVINCIAL_CITY') {
    if (isPlannedCity(region.code)) return ['副省级市', 'Sub-provincial city'][i];
    return ['省会', 'Provincial capital'][i];
  }
  const match = KIND_BY_ENDING[region.level]?.find(([ending]) => region.name.endsWith(ending));
  return match ? match[1][i] : regionLevelLabel(region.level, lang);
}

/** Application statuses (the Chinese names match the server's `statusLabel`). */
const APPLICATION_STATUS: Record<string, [string, string]> = {
  DRAFT: ['草稿', 'Draft'],
  SUBMITTED: ['已提交', 'Submitted'],
  IN_CONSULTATION: ['协商中', 'In consultation'],
  RETURNED: ['已退回修改', 'Returned'],
  AGREEMENT_SIGNED: ['已签约', 'Agreement signed'],
  BUILDING: ['打造中', 'Building'],
  PUBLISHED: ['已发布', 'Published'],
  DECLINED: ['未通过', 'Declined'],
  WITHDRAWN: ['已撤回', 'Withdrawn'],
};

/** The workflow's order, for filters and charts. */
export const APPLICATION_STATUSES = ['SUBMITTED', 'IN_CONSULTATION', 'RETURNED', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED', 'DECLINED', 'WITHDRAWN'] as const;

const ROLE: Record<string, [string, string]> = {
  VISITOR: ['访客', 'Visitor'],
  OFFICIAL: ['地方用户', 'Regional official'],
  STAFF: ['中心工作人员', 'Centre staff'],
  ADMIN: ['中心管理员', 'Centre admin'],
};

/** The form's field names (Chinese from the shared rules, `schema/rules/application.ts`). */
const FIELD: Record<string, [string, string]> = {
  regionCode: ['申请区域', 'Region'],
  leadUnit: ['牵头单位', 'Lead unit'],
  leadingIndustries: ['主导产业', 'Leading industries'],
  featuredIndustries: ['特色产业', 'Featured industries'],
  intro: ['申请区域简介', 'About the region'],
  contactName: ['联系人', 'Contact'],
  contactTitle: ['职务', 'Title'],
  phone: ['联系电话', 'Phone'],
  attachments: ['附件', 'Attachments'],
};

export const applicationStatusLabel = (v: string, lang: Lang) => pick(APPLICATION_STATUS, v, lang);
export const roleLabel = (v: string, lang: Lang) => pick(ROLE, v, lang);
export const fieldLabel = (v: string, lang: Lang) => pick(FIELD, v, lang);

/** Conversation states (咨询), after 微信客服's session states. */
const INQUIRY_STATUS: Record<string, [string, string]> = {
  BOT: ['智能助手', 'Assistant'],
  QUEUED: ['排队中', 'Waiting'],
  HUMAN: ['人工服务中', 'With staff'],
  ENDED: ['已结束', 'Ended'],
};

/** The FAQ's categories (the codes of the server's sample knowledge base); others show as typed. */
const FAQ_CATEGORY: Record<string, [string, string]> = {
  PROGRAMME: ['计划概况', 'The programme'],
  ELIGIBILITY: ['申报条件', 'Eligibility'],
  HOW_TO_APPLY: ['申报方式', 'How to apply'],
  FORM: ['登记表填写', 'The form'],
  DEADLINES: ['时间节点', 'Deadlines'],
  TIERS: ['主名片与特色名片', 'Card tiers'],
  CENTRE_SERVICES: ['中心服务', "The centre's services"],
  EVALUATION: ['评价体系', 'Evaluation'],
  FILMS: ['微纪录片', 'Films'],
  EVENTS: ['大会与发布', 'Events'],
  CONTACT: ['联系方式', 'Contact'],
  APP: ['本应用使用', 'Using this app'],
};

export const inquiryStatusLabel = (v: string, lang: Lang) => pick(INQUIRY_STATUS, v, lang);
export const faqCategoryLabel = (v: string, lang: Lang) => pick(FAQ_CATEGORY, v, lang);
