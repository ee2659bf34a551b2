// The card editor's rules (产业名片), shared by the client's editor and the server, which applies
// them again before storing anything. Messages are Chinese with the English in brackets, so an
// editor in either language reads them; `field` is a path such as "keyFigures.2.value".
import { charCount } from './application';

export const CARD_LIMITS = {
  title: 30,
  titleEn: 120,
  concept: 60,
  conceptEn: 200,
  story: 10_000,
  industries: { min: 1, max: 10 },
  industry: 20,
  industryEn: 60,
  clusters: 10,
  cluster: 60,
  clusterEn: 160,
  keyFigures: 12,
  figureLabel: 30,
  figureLabelEn: 100,
  figureValue: 20,
  figureUnit: 20,
  figureUnitEn: 40,
  enterprises: 30,
  enterprise: 60,
  enterpriseEn: 160,
  landmarks: 20,
  landmark: 60,
  landmarkEn: 160,
  landmarkDescription: 300,
  landmarkDescriptionEn: 1000,
  sources: 20,
  sourceTitle: 200,
  sourceTitleEn: 400,
  url: 500,
  sampleNote: 300,
  sampleNoteEn: 600,
  unpublishReason: { min: 2, max: 200 },
  batchYear: { min: 2022, max: 2100 },
} as const;

export interface CardFieldError {
  field: string;
  message: string;
}

/** What an edit may carry; `undefined` leaves a field as it is, lists replace the stored ones. */
export interface CardEditFields {
  title?: string | null;
  titleEn?: string | null;
  batchYear?: number | null;
  industries?: string[] | null;
  industriesEn?: string[] | null;
  concept?: string | null;
  conceptEn?: string | null;
  story?: string | null;
  storyEn?: string | null;
  color?: string | null;
  logoUrl?: string | null;
  coverUrl?: string | null;
  clusters?: string[] | null;
  clustersEn?: string[] | null;
  sampleNote?: string | null;
  sampleNoteEn?: string | null;
  keyFigures?: { label: string; labelEn?: string | null; value: string; valueEn?: string | null; unit?: string | null; unitEn?: string | null }[] | null;
  enterprises?: { name: string; nameEn?: string | null }[] | null;
  landmarks?: { name: string; nameEn?: string | null; description?: string | null; descriptionEn?: string | null }[] | null;
  sources?: { title: string; titleEn?: string | null; url?: string | null }[] | null;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;
/** Images and links: a public web address, or a file in the server's own media (/media/…). */
const IMAGE_URL = /^(https:\/\/[^\s]+|\/media\/[^\s]+)$/;
const LINK_URL = /^https?:\/\/[^\s]+$/;

/** Every rule the edit breaks (empty when it may be saved). */
export function validateCardEdit(input: CardEditFields): CardFieldError[] {
  const errors: CardFieldError[] = [];
  const add = (field: string, zh: string, en: string) => errors.push({ field, message: `${zh}（${en}）` });
  const tooLong = (field: string, value: string | null | undefined, max: number) => {
    if (value != null && charCount(value) > max) add(field, `不能超过 ${max} 个字`, `at most ${max} characters`);
  };
  const required = (field: string, value: string | null | undefined, zh: string, en: string) => {
    if (!value?.trim()) add(field, `请填写${zh}`, `${en} is required`);
  };
  const L = CARD_LIMITS;

  if (input.title !== undefined) required('title', input.title, '名片标题', 'Title');
  tooLong('title', input.title, L.title);
  tooLong('titleEn', input.titleEn, L.titleEn);
  tooLong('concept', input.concept, L.concept);
  tooLong('conceptEn', input.conceptEn, L.conceptEn);
  tooLong('story', input.story, L.story);
  tooLong('storyEn', input.storyEn, L.story);
  tooLong('sampleNote', input.sampleNote, L.sampleNote);
  tooLong('sampleNoteEn', input.sampleNoteEn, L.sampleNoteEn);
  if (input.batchYear != null && (input.batchYear < L.batchYear.min || input.batchYear > L.batchYear.max))
    add('batchYear', `发布批次年份应在 ${L.batchYear.min}–${L.batchYear.max} 之间`, `batch year must be ${L.batchYear.min}–${L.batchYear.max}`);
  if (input.color != null && !COLOR.test(input.color)) add('color', '主色应为 #RRGGBB 格式', 'colour must be #RRGGBB');
  for (const field of ['logoUrl', 'coverUrl'] as const) {
    const url = input[field];
    if (url != null && url !== '' && (!IMAGE_URL.test(url) || url.length > L.url))
      add(field, '图片地址应以 https:// 或 /media/ 开头', 'image address must start with https:// or /media/');
  }

  textList(errors, add, 'industries', input.industries, input.industriesEn, {
    min: L.industries.min,
    max: L.industries.max,
    item: L.industry,
    itemEn: L.industryEn,
    zh: '产业',
    en: 'industry',
  });
  textList(errors, add, 'clusters', input.clusters, input.clustersEn, {
    min: 0,
    max: L.clusters,
    item: L.cluster,
    itemEn: L.clusterEn,
    zh: '产业集群',
    en: 'cluster',
  });

  rows(add, 'keyFigures', input.keyFigures, L.keyFigures, '关键数据', 'key figures', (f, at) => {
    required(`${at}.label`, f.label, '数据名称', 'Label');
    required(`${at}.value`, f.value, '数值', 'Value');
    tooLong(`${at}.label`, f.label, L.figureLabel);
    tooLong(`${at}.labelEn`, f.labelEn, L.figureLabelEn);
    tooLong(`${at}.value`, f.value, L.figureValue);
    tooLong(`${at}.valueEn`, f.valueEn, L.figureValue);
    tooLong(`${at}.unit`, f.unit, L.figureUnit);
    tooLong(`${at}.unitEn`, f.unitEn, L.figureUnitEn);
  });
  rows(add, 'enterprises', input.enterprises, L.enterprises, '代表企业', 'enterprises', (e, at) => {
    required(`${at}.name`, e.name, '企业名称', 'Name');
    tooLong(`${at}.name`, e.name, L.enterprise);
    tooLong(`${at}.nameEn`, e.nameEn, L.enterpriseEn);
  });
  rows(add, 'landmarks', input.landmarks, L.landmarks, '地标', 'landmarks', (l, at) => {
    required(`${at}.name`, l.name, '地标名称', 'Name');
    tooLong(`${at}.name`, l.name, L.landmark);
    tooLong(`${at}.nameEn`, l.nameEn, L.landmarkEn);
    tooLong(`${at}.description`, l.description, L.landmarkDescription);
    tooLong(`${at}.descriptionEn`, l.descriptionEn, L.landmarkDescriptionEn);
  });
  rows(add, 'sources', input.sources, L.sources, '资料来源', 'sources', (s, at) => {
    required(`${at}.title`, s.title, '来源名称', 'Source title');
    tooLong(`${at}.title`, s.title, L.sourceTitle);
    tooLong(`${at}.titleEn`, s.titleEn, L.sourceTitleEn);
    if (s.url != null && s.url !== '' && (!LINK_URL.test(s.url) || s.url.length > L.url))
      add(`${at}.url`, '链接应以 http:// 或 https:// 开头', 'link must start with http:// or https://');
  });
  return errors;
}

type Add = (field: string, zh: string, en: string) => void;

/** A list of short texts with an optional English list of the same length. */
function textList(
  _errors: CardFieldError[],
  add: Add,
  field: string,
  list: string[] | null | undefined,
  listEn: string[] | null | undefined,
  limit: { min: number; max: number; item: number; itemEn: number; zh: string; en: string },
) {
  if (list != null) {
    if (list.length < limit.min) add(field, `请至少填写 ${limit.min} 个${limit.zh}`, `at least ${limit.min} ${limit.en}`);
    if (list.length > limit.max) add(field, `${limit.zh}最多 ${limit.max} 项`, `at most ${limit.max} items`);
    list.forEach((item, i) => {
      if (!item.trim()) add(`${field}.${i}`, `${limit.zh}不能有空白项`, `${limit.en} cannot be blank`);
      else if (charCount(item) > limit.item) add(`${field}.${i}`, `每项不超过 ${limit.item} 个字`, `at most ${limit.item} characters`);
    });
    if (new Set(list.map((x) => x.trim())).size !== list.length) add(field, `${limit.zh}不能重复`, `${limit.en} entries must differ`);
  }
  if (listEn != null) {
    if (list != null && listEn.length > 0 && listEn.length !== list.length)
      add(`${field}En`, `英文${limit.zh}应与中文逐项对应（${list.length} 项）`, `English list must match the Chinese one item for item (${list.length})`);
    listEn.forEach((item, i) => {
      if (charCount(item) > limit.itemEn) add(`${field}En.${i}`, `每项不超过 ${limit.itemEn} 个字`, `at most ${limit.itemEn} characters`);
    });
  }
}

function rows<T>(add: Add, field: string, list: T[] | null | undefined, max: number, zh: string, en: string, check: (row: T, at: string) => void) {
  if (list == null) return;
  if (list.length > max) add(field, `${zh}最多 ${max} 项`, `at most ${max} ${en}`);
  for (const [i, row] of list.entries()) check(row, `${field}.${i}`);
}

/** Why an unpublish reason cannot be accepted; null when it can. */
export function unpublishReasonProblem(reason: string): string | null {
  const n = charCount(reason.trim());
  const { min, max } = CARD_LIMITS.unpublishReason;
  if (n < min) return `请填写下线原因（至少 ${min} 个字）（A reason of at least ${min} characters is required）`;
  if (n > max) return `下线原因不超过 ${max} 个字（at most ${max} characters）`;
  return null;
}
