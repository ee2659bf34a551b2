import { describe, expect, it } from 'vitest';
import { localizeCard, localizedFigure, localizedList } from './localizeCard';

describe('a card in the reader’s language', () => {
  it('takes each list item’s English where it has text, the Chinese where not', () => {
    expect(localizedList('en', ['风电', '光电', '氢能'], ['Wind power', '', null as unknown as string])).toEqual(['Wind power', '光电', '氢能']);
    expect(localizedList('en', ['风电'], [])).toEqual(['风电']);
    expect(localizedList('zh', ['风电'], ['Wind power'])).toEqual(['风电']);
  });

  it('shows a translated figure as a whole: its English value, and its English unit or none', () => {
    const counter = { label: '企业', labelEn: 'Firms', value: '300+', valueEn: '300+', unit: '家', unitEn: null };
    expect(localizedFigure('en', counter)).toEqual({ label: 'Firms', value: '300+', unit: '' });
    expect(localizedFigure('zh', counter)).toEqual({ label: '企业', value: '300+', unit: '家' });
    const amount = { label: '规模', labelEn: 'Scale', value: '500+', valueEn: '50+', unit: '亿元', unitEn: 'billion yuan' };
    expect(localizedFigure('en', amount)).toEqual({ label: 'Scale', value: '50+', unit: 'billion yuan' });
    // Not translated: the Chinese unit stays with the number it counts.
    expect(localizedFigure('en', { label: '产值', value: '1000', unit: '亿元' })).toEqual({ label: '产值', value: '1000', unit: '亿元' });
  });

  it('localizes landmarks, the sample note and the sources, and reads the one-line source of older answers', () => {
    const card = {
      industries: [],
      landmarks: [{ name: '云栖小镇', nameEn: 'Yunqi Town', kind: 'CREATIVE_TOWN', description: '小镇。', descriptionEn: null }],
      sampleNote: '示例内容',
      sampleNoteEn: 'Sample content',
      source: '公开报道',
      sources: [{ title: '公开报道', titleEn: 'Public report', url: null }],
    };
    const en = localizeCard(card, 'en');
    expect(en.landmarks).toEqual([{ name: 'Yunqi Town', kind: 'CREATIVE_TOWN', description: '小镇。' }]);
    expect(en.sampleNote).toBe('Sample content');
    expect(en.sources).toEqual([{ title: 'Public report', url: null }]);
    expect(localizeCard({ ...card, sources: [] }, 'en').sources).toEqual([{ title: '公开报道', url: null }]);
  });
});
