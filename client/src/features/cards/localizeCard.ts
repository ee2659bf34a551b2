// A card's content in the reader's language. Each Chinese field has an English twin; in English the
// twin is shown where it has text, and the Chinese only where there is none (a card staff have not
// translated yet). Lists (`industries` / `industriesEn`) are twins item by item, in the same order.
import { localized, type Lang } from '../../i18n';

/** Item i of `en` where it has text, else item i of `zh`. */
export function localizedList(lang: Lang, zh: readonly string[], en: readonly string[] | null | undefined): string[] {
  return zh.map((text, i) => localized(lang, text, en?.[i]));
}

interface Figure {
  label: string;
  labelEn?: string | null;
  value: string;
  valueEn?: string | null;
  unit?: string | null;
  unitEn?: string | null;
}

/**
 * A key figure in the reader's language. An English value means the figure was translated as a
 * whole: its unit is then the English unit or none, as counters (个, 家, 年) have no English word.
 */
export function localizedFigure(lang: Lang, f: Figure): { label: string; value: string; unit: string } {
  const label = localized(lang, f.label, f.labelEn);
  if (lang === 'en' && f.valueEn?.trim()) return { label, value: f.valueEn, unit: f.unitEn ?? '' };
  return { label, value: f.value, unit: localized(lang, f.unit ?? '', f.unitEn) };
}

interface Landmark {
  name: string;
  nameEn?: string | null;
  kind: string;
  description?: string | null;
  descriptionEn?: string | null;
}

interface CardContent {
  industries: string[];
  industriesEn?: string[] | null;
  clusters?: string[];
  clustersEn?: string[] | null;
  enterprises?: string[];
  enterprisesEn?: string[] | null;
  keyFigures?: Figure[];
  landmarks?: Landmark[];
  sampleNote?: string | null;
  sampleNoteEn?: string | null;
  source?: string | null;
  sources?: { title: string; titleEn?: string | null; url?: string | null }[];
}

/** Every list and short field of a card in the reader's language (title, concept and story: `cardText`). */
export function localizeCard(card: CardContent, lang: Lang) {
  const sources = card.sources?.length
    ? card.sources.map((s) => ({ title: localized(lang, s.title, s.titleEn), url: s.url ?? null }))
    : card.source
      ? [{ title: card.source, url: null }]
      : [];
  return {
    industries: localizedList(lang, card.industries, card.industriesEn),
    clusters: localizedList(lang, card.clusters ?? [], card.clustersEn),
    enterprises: localizedList(lang, card.enterprises ?? [], card.enterprisesEn),
    keyFigures: (card.keyFigures ?? []).map((f) => localizedFigure(lang, f)),
    landmarks: (card.landmarks ?? []).map((l) => ({
      name: localized(lang, l.name, l.nameEn),
      kind: l.kind,
      description: localized(lang, l.description ?? null, l.descriptionEn),
    })),
    sampleNote: localized(lang, card.sampleNote ?? null, card.sampleNoteEn),
    sources,
  };
}
