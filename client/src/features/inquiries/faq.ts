import type { FaqFieldsFragment } from '@cards/schema';

/** Client-side FAQ search: the category must match, and the words appear in the question, another wording or the answer. */
export function matchesFaq(faq: Pick<FaqFieldsFragment, 'category' | 'question' | 'answer' | 'alternatives'>, query: string, category: string): boolean {
  if (category && faq.category !== category) return false;
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [faq.question, faq.answer, ...faq.alternatives].some((s) => s.toLowerCase().includes(q));
}

/** The editor's "one per line" box as the list the server takes (blank lines and repeats dropped). */
export function alternativesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}
