// The card editor's draft: every field as staff type it (Chinese and English side by side, lists as
// rows), the UpdateCardInput sent, and the card as the public page would show it (the preview).
import { validateCardEdit } from '@cards/schema/rules';
import type { CardEditFieldsFragment, CardTheme, CardTier, LandmarkKind, UpdateCardInput } from '@cards/schema';
import type { CardDetail } from '../../graphql/operations';

/** What the editor sends (the card's id and version are added beside it). */
export type CardInput = Omit<UpdateCardInput, 'id' | 'expectedVersion'>;

export interface Pair {
  zh: string;
  en: string;
}
export interface FigureRow {
  label: string;
  labelEn: string;
  value: string;
  valueEn: string;
  unit: string;
  unitEn: string;
}
export interface LandmarkRow {
  name: string;
  nameEn: string;
  kind: LandmarkKind;
  description: string;
  descriptionEn: string;
}
export interface SourceRow {
  title: string;
  titleEn: string;
  url: string;
}

export interface CardDraft {
  title: string;
  titleEn: string;
  tier: CardTier;
  themes: CardTheme[];
  batchYear: string;
  industries: Pair[];
  concept: string;
  conceptEn: string;
  story: string;
  storyEn: string;
  color: string;
  logoUrl: string;
  coverUrl: string;
  clusters: Pair[];
  enterprises: Pair[];
  keyFigures: FigureRow[];
  landmarks: LandmarkRow[];
  sources: SourceRow[];
}

export type ListField = 'industries' | 'clusters' | 'enterprises' | 'keyFigures' | 'landmarks' | 'sources';

/** An empty row of each list, as "add" appends it. */
export const EMPTY_ROW = {
  industries: { zh: '', en: '' },
  clusters: { zh: '', en: '' },
  enterprises: { zh: '', en: '' },
  keyFigures: { label: '', labelEn: '', value: '', valueEn: '', unit: '', unitEn: '' },
  landmarks: { name: '', nameEn: '', kind: 'PARK', description: '', descriptionEn: '' },
  sources: { title: '', titleEn: '', url: '' },
} satisfies { [K in ListField]: CardDraft[K][number] };

/** Colours of the programme's published cards, as quick picks. */
export const CARD_SWATCHES = ['#C8102E', '#1F4E79', '#1F6F5C', '#B8893F', '#5B3A8C', '#2F6DB5', '#C76A1C', '#3B2F28'];

const pairs = (zh: readonly string[], en: readonly string[]): Pair[] => zh.map((z, i) => ({ zh: z, en: en[i] ?? '' }));

export function draftOf(card: CardEditFieldsFragment): CardDraft {
  return {
    title: card.title,
    titleEn: card.titleEn ?? '',
    tier: card.tier,
    themes: [...card.themes],
    batchYear: card.batchYear ? String(card.batchYear) : '',
    industries: pairs(card.industries, card.industriesEn),
    concept: card.concept ?? '',
    conceptEn: card.conceptEn ?? '',
    story: card.story ?? '',
    storyEn: card.storyEn ?? '',
    color: card.color ?? '',
    logoUrl: card.logoUrl ?? '',
    coverUrl: card.coverUrl ?? '',
    clusters: pairs(card.clusters, card.clustersEn),
    enterprises: pairs(card.enterprises, card.enterprisesEn),
    keyFigures: card.keyFigures.map((f) => ({
      label: f.label,
      labelEn: f.labelEn ?? '',
      value: f.value,
      valueEn: f.valueEn ?? '',
      unit: f.unit ?? '',
      unitEn: f.unitEn ?? '',
    })),
    landmarks: card.landmarks.map((l) => ({
      name: l.name,
      nameEn: l.nameEn ?? '',
      kind: l.kind,
      description: l.description ?? '',
      descriptionEn: l.descriptionEn ?? '',
    })),
    sources: card.sources.map((s) => ({ title: s.title, titleEn: s.titleEn ?? '', url: s.url ?? '' })),
  };
}

const opt = (s: string) => s.trim() || null;

export function cardInputOf(d: CardDraft): CardInput {
  const year = parseInt(d.batchYear, 10);
  const filled = (p: Pair) => p.zh.trim() || p.en.trim();
  const industries = d.industries.filter(filled);
  const clusters = d.clusters.filter(filled);
  return {
    title: d.title.trim(),
    titleEn: d.titleEn.trim(),
    tier: d.tier,
    themes: d.themes,
    batchYear: Number.isFinite(year) ? year : null,
    industries: industries.map((p) => p.zh.trim()),
    industriesEn: industries.map((p) => p.en.trim()),
    concept: d.concept.trim(),
    conceptEn: d.conceptEn.trim(),
    story: d.story.trim(),
    storyEn: d.storyEn.trim(),
    color: d.color.trim() ? d.color.trim().toUpperCase() : null,
    logoUrl: opt(d.logoUrl),
    coverUrl: opt(d.coverUrl),
    clusters: clusters.map((p) => p.zh.trim()),
    clustersEn: clusters.map((p) => p.en.trim()),
    enterprises: d.enterprises.filter(filled).map((p) => ({ name: p.zh.trim(), nameEn: opt(p.en) })),
    keyFigures: d.keyFigures.map((f) => ({
      label: f.label.trim(),
      labelEn: opt(f.labelEn),
      value: f.value.trim(),
      valueEn: opt(f.valueEn),
      unit: opt(f.unit),
      unitEn: opt(f.unitEn),
    })),
    landmarks: d.landmarks.map((l) => ({
      name: l.name.trim(),
      nameEn: opt(l.nameEn),
      kind: l.kind,
      description: opt(l.description),
      descriptionEn: opt(l.descriptionEn),
    })),
    sources: d.sources.map((s) => ({ title: s.title.trim(), titleEn: opt(s.titleEn), url: opt(s.url) })),
  };
}

/** Field → message (the first per field) for what the server would refuse, checked before sending (the rules are shared). */
export function draftErrors(d: CardDraft): Record<string, string> {
  const input = cardInputOf(d);
  // The year is typed as text; "20x5" is checked as an impossible year, with the rule's own message.
  const year = d.batchYear && !/^\d{4}$/.test(d.batchYear) ? 0 : input.batchYear;
  const errors: Record<string, string> = {};
  for (const e of validateCardEdit({ ...input, batchYear: year })) errors[e.field] ??= e.message;
  return errors;
}

/** Theme chips toggle: on → off, off → on (order of choosing kept). */
export function toggleTheme(themes: CardTheme[], theme: CardTheme): CardTheme[] {
  return themes.includes(theme) ? themes.filter((x) => x !== theme) : [...themes, theme];
}

/** The card as the public detail page reads it, from the draft (what the preview shows before saving). */
export function previewOf(card: CardEditFieldsFragment, d: CardDraft): CardDetail {
  const input = cardInputOf(d);
  return {
    id: card.id,
    slug: card.slug,
    title: input.title || card.title,
    titleEn: input.titleEn || null,
    tier: d.tier,
    themes: d.themes,
    batchYear: input.batchYear ?? null,
    industries: input.industries ?? [],
    concept: input.concept || null,
    conceptEn: input.conceptEn || null,
    story: input.story || null,
    storyEn: input.storyEn || null,
    color: input.color ?? null,
    logoUrl: input.logoUrl ?? null,
    clusters: input.clusters ?? [],
    enterprises: (input.enterprises ?? []).map((e) => e.name),
    keyFigures: (input.keyFigures ?? []).map((f) => ({ label: f.label, labelEn: f.labelEn ?? null, value: f.value, unit: f.unit ?? null })),
    landmarks: (input.landmarks ?? []).map((l) => ({ name: l.name, kind: l.kind, description: l.description ?? null })),
    source: (input.sources ?? []).map((s) => s.title).join('；') || null,
    isSample: card.isSample,
    sampleNote: card.sampleNote ?? null,
    publishedAt: card.publishedAt ?? null,
    region: card.region,
  } as CardDetail;
}
