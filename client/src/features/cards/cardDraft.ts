// The card editor's draft: the form's text fields as staff type them, and the CardInput sent.
import { validateCardEdit } from '@cards/schema/rules';
import type { CardEditFieldsFragment, CardTheme, CardTier, UpdateCardInput } from '@cards/schema';

/** What the editor sends (the card's id is added beside it). */
export type CardInput = Omit<UpdateCardInput, 'id' | 'expectedVersion'>;

export interface CardDraft {
  title: string;
  titleEn: string;
  tier: CardTier;
  themes: CardTheme[];
  batchYear: string;
  industries: string[];
  concept: string;
  conceptEn: string;
  story: string;
  storyEn: string;
  color: string;
}

/** Colours of the programme's published cards, as quick picks. */
export const CARD_SWATCHES = ['#C8102E', '#1F4E79', '#1F6F5C', '#B8893F', '#5B3A8C', '#2F6DB5', '#C76A1C', '#3B2F28'];

export function draftOf(card: CardEditFieldsFragment): CardDraft {
  return {
    title: card.title,
    titleEn: card.titleEn ?? '',
    tier: card.tier,
    themes: [...card.themes],
    batchYear: card.batchYear ? String(card.batchYear) : '',
    industries: [...card.industries],
    concept: card.concept ?? '',
    conceptEn: card.conceptEn ?? '',
    story: card.story ?? '',
    storyEn: card.storyEn ?? '',
    color: card.color ?? '',
  };
}

export function cardInputOf(d: CardDraft): CardInput {
  const year = parseInt(d.batchYear, 10);
  return {
    title: d.title.trim(),
    titleEn: d.titleEn.trim(),
    tier: d.tier,
    themes: d.themes,
    batchYear: Number.isFinite(year) ? year : null,
    industries: d.industries,
    concept: d.concept.trim(),
    conceptEn: d.conceptEn.trim(),
    story: d.story.trim(),
    storyEn: d.storyEn.trim(),
    color: d.color.trim() ? d.color.trim().toUpperCase() : null,
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
