// The FAQ editor's draft (知识库): the form's fields as staff type them, and the FaqInput sent.
import type { FaqFieldsFragment, FaqInput } from '@cards/schema';
import { alternativesOf } from './faq';

export interface FaqDraft {
  question: string;
  /** Other wordings, one per line. */
  alternatives: string;
  answer: string;
  category: string;
  sourceTitle: string;
  sourceUrl: string;
  published: boolean;
}

/** An entry's draft, or a new one in the category being looked at (published unless staff say otherwise). */
export function faqDraftOf(faq: FaqFieldsFragment | null, category: string): FaqDraft {
  if (!faq) return { question: '', alternatives: '', answer: '', category, sourceTitle: '', sourceUrl: '', published: true };
  return {
    question: faq.question,
    alternatives: faq.alternatives.join('\n'),
    answer: faq.answer,
    category: faq.category,
    sourceTitle: faq.sourceTitle,
    sourceUrl: faq.sourceUrl ?? '',
    published: faq.published,
  };
}

export function faqInputOf(d: FaqDraft): FaqInput {
  return {
    question: d.question,
    alternatives: alternativesOf(d.alternatives),
    answer: d.answer,
    category: d.category,
    sourceTitle: d.sourceTitle,
    sourceUrl: d.sourceUrl.trim() || null,
    published: d.published,
  };
}

/** The categories in use, in the order they first appear. */
export function faqCategories(faqs: Pick<FaqFieldsFragment, 'category'>[]): string[] {
  return [...new Set(faqs.map((f) => f.category))];
}
