import { describe, expect, it } from 'vitest';
import type { FaqFieldsFragment } from '@cards/schema';
import { faqCategories, faqDraftOf, faqInputOf } from './faqDraft';

const faq = {
  id: 'RmFxOjE=',
  key: 'form-fields',
  question: '登记表要填哪些内容？',
  alternatives: ['登记表怎么填', '要填什么'],
  answer: '申请区域、牵头单位……',
  category: 'FORM',
  sourceTitle: '征集通知',
  sourceUrl: null,
  published: false,
  updatedAt: '2025-06-01T00:00:00.000Z',
} as unknown as FaqFieldsFragment;

describe('FAQ draft', () => {
  it('starts a new entry published, in the category being looked at', () => {
    expect(faqDraftOf(null, 'FILMS')).toEqual({
      question: '',
      alternatives: '',
      answer: '',
      category: 'FILMS',
      sourceTitle: '',
      sourceUrl: '',
      published: true,
    });
  });

  it('edits the other wordings one per line and sends them as a list', () => {
    const draft = faqDraftOf(faq, 'FILMS');
    expect(draft.alternatives).toBe('登记表怎么填\n要填什么');
    expect(draft.category).toBe('FORM');
    const input = faqInputOf({ ...draft, alternatives: '登记表怎么填\n\n 新说法 \n登记表怎么填', sourceUrl: '  ' });
    expect(input.alternatives).toEqual(['登记表怎么填', '新说法']);
    expect(input.sourceUrl).toBeNull();
    expect(input.published).toBe(false);
  });

  it('lists categories once, in order of appearance', () => {
    expect(faqCategories([{ category: 'FORM' }, { category: 'FILMS' }, { category: 'FORM' }])).toEqual(['FORM', 'FILMS']);
  });
});
