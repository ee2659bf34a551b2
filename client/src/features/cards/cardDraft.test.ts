import { describe, expect, it } from 'vitest';
import { validateCardEdit, type CardEditFields } from '@cards/schema/rules';

/** The shared rules' own message for a field of an edit. */
const ruleMessage = (edit: CardEditFields, field: string) => validateCardEdit(edit).find((e) => e.field === field)?.message;
import type { CardEditFieldsFragment } from '@cards/schema';
import { cardInputOf, draftErrors, draftOf, toggleTheme } from './cardDraft';

const card = {
  id: 'c1',
  slug: 'golmud',
  title: '格尔木产业名片',
  titleEn: null,
  tier: 'FEATURED',
  themes: ['TECH_HOTSPOT'],
  batchYear: 2025,
  industries: ['盐湖化工'],
  concept: null,
  conceptEn: null,
  story: '故事',
  storyEn: null,
  color: null,
  published: false,
  region: { fullName: '青海省 · 海西州 · 格尔木市' },
} as unknown as CardEditFieldsFragment;

describe('card draft', () => {
  it('round-trips a card into the input the server takes', () => {
    const draft = draftOf(card);
    expect(draft.batchYear).toBe('2025');
    expect(draft.color).toBe('');
    const input = cardInputOf({ ...draft, title: '  格尔木  ', color: ' #c8102e ' });
    expect(input).toMatchObject({ title: '格尔木', batchYear: 2025, color: '#C8102E', titleEn: '' });
    expect(cardInputOf({ ...draft, batchYear: '' }).batchYear).toBeNull();
  });

  it('finds the same problems as the server, field by field', () => {
    const draft = draftOf(card);
    expect(draftErrors(draft)).toEqual({});
    expect(draftErrors({ ...draft, title: '  ', industries: [], color: '#12', batchYear: '1999' })).toEqual({
      title: ruleMessage({ title: '' }, 'title'),
      industries: ruleMessage({ industries: [] }, 'industries'),
      color: ruleMessage({ color: '#12' }, 'color'),
      batchYear: ruleMessage({ batchYear: 1999 }, 'batchYear'),
    });
    expect(draftErrors({ ...draft, title: '名'.repeat(31) }).title).toBe(ruleMessage({ title: '名'.repeat(31) }, 'title'));
    // A year that is not four digits never reaches the server.
    expect(draftErrors({ ...draft, batchYear: '20x5' }).batchYear).toBe(ruleMessage({ batchYear: 1999 }, 'batchYear'));
  });

  it('toggles a theme on and off', () => {
    expect(toggleTheme(['TECH_HOTSPOT'], 'UPGRADE_RENEWAL')).toEqual(['TECH_HOTSPOT', 'UPGRADE_RENEWAL']);
    expect(toggleTheme(['TECH_HOTSPOT', 'UPGRADE_RENEWAL'], 'TECH_HOTSPOT')).toEqual(['UPGRADE_RENEWAL']);
  });
});
