import { describe, expect, it } from 'vitest';
import { validateCardEdit, type CardEditFields } from '@cards/schema/rules';

/** The shared rules' own message for a field of an edit. */
const ruleMessage = (edit: CardEditFields, field: string) => validateCardEdit(edit).find((e) => e.field === field)?.message;
import type { CardEditFieldsFragment } from '@cards/schema';
import { cardInputOf, draftErrors, draftOf, previewOf, toggleTheme } from './cardDraft';

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
  industriesEn: ['Salt-lake chemicals'],
  logoUrl: null,
  coverUrl: '/media/cover.png',
  clusters: ['察尔汗盐湖循环经济'],
  clustersEn: [],
  enterprises: ['青海盐湖工业股份有限公司'],
  enterprisesEn: ['Qinghai Salt Lake Industry'],
  keyFigures: [{ label: '钾肥产能', labelEn: 'Potash capacity', value: '1000', valueEn: null, unit: '万吨', unitEn: '× 10k t' }],
  landmarks: [{ name: '察尔汗盐湖', nameEn: 'Qarhan Salt Lake', kind: 'TOURISM', description: '中国最大的盐湖', descriptionEn: null }],
  sources: [{ title: '格尔木市统计公报', titleEn: null, url: 'https://example.org/report' }],
  isSample: false,
  sampleNote: null,
  published: false,
  publishedAt: null,
  status: 'DRAFT',
  version: 3,
  region: { code: '632801', name: '格尔木市', level: 'COUNTY', fullName: '青海省 · 海西州 · 格尔木市', fullNameEn: 'Golmud' },
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

  it('keeps every list with its English beside it, and drops empty name pairs', () => {
    const draft = draftOf(card);
    expect(draft.industries).toEqual([{ zh: '盐湖化工', en: 'Salt-lake chemicals' }]);
    expect(draft.clusters).toEqual([{ zh: '察尔汗盐湖循环经济', en: '' }]);
    const input = cardInputOf({ ...draft, enterprises: [...draft.enterprises, { zh: ' ', en: '' }] });
    expect(input.industriesEn).toEqual(['Salt-lake chemicals']);
    expect(input.clustersEn).toEqual(['']);
    expect(input.enterprises).toEqual([{ name: '青海盐湖工业股份有限公司', nameEn: 'Qinghai Salt Lake Industry' }]);
    expect(input.keyFigures).toEqual([{ label: '钾肥产能', labelEn: 'Potash capacity', value: '1000', valueEn: null, unit: '万吨', unitEn: '× 10k t' }]);
    expect(input.landmarks?.[0]).toEqual({
      name: '察尔汗盐湖',
      nameEn: 'Qarhan Salt Lake',
      kind: 'TOURISM',
      description: '中国最大的盐湖',
      descriptionEn: null,
    });
    expect(input.sources).toEqual([{ title: '格尔木市统计公报', titleEn: null, url: 'https://example.org/report' }]);
    expect(input).toMatchObject({ logoUrl: null, coverUrl: '/media/cover.png' });
  });

  it('names a broken row by its path, as the server does', () => {
    const draft = draftOf(card);
    const errors = draftErrors({ ...draft, keyFigures: [...draft.keyFigures, { label: '产值', labelEn: '', value: '', valueEn: '', unit: '', unitEn: '' }] });
    expect(Object.keys(errors)).toEqual(['keyFigures.1.value']);
  });

  it('previews the draft as the public page reads a card', () => {
    const draft = draftOf(card);
    const preview = previewOf(card, { ...draft, title: '格尔木', concept: '盐湖之城' });
    expect(preview).toMatchObject({ title: '格尔木', concept: '盐湖之城', enterprises: ['青海盐湖工业股份有限公司'], source: '格尔木市统计公报' });
    expect(preview.keyFigures[0]).toMatchObject({ label: '钾肥产能', value: '1000', unit: '万吨' });
  });

  it('toggles a theme on and off', () => {
    expect(toggleTheme(['TECH_HOTSPOT'], 'UPGRADE_RENEWAL')).toEqual(['TECH_HOTSPOT', 'UPGRADE_RENEWAL']);
    expect(toggleTheme(['TECH_HOTSPOT', 'UPGRADE_RENEWAL'], 'TECH_HOTSPOT')).toEqual(['UPGRADE_RENEWAL']);
  });
});
