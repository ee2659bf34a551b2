import { APPLICATION_LIMITS, charCount } from '@cards/schema/rules';

export interface TagRules {
  /** The field's name, for messages (e.g. 主导产业). */
  label: string;
  max: number;
  maxLength?: number;
}

export type TagRefusal = { kind: 'empty' } | { kind: 'duplicate' } | { kind: 'tooMany'; max: number } | { kind: 'tooLong'; max: number };

/**
 * Adds one entry to a tag list: trimmed, not empty, no duplicates, not more than `max` entries.
 * Returns the new list, or why the entry was refused (the list is then unchanged).
 */
export function addTag(list: string[], raw: string, rules: TagRules): { list: string[]; refusal: TagRefusal | null } {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (!value) return { list, refusal: { kind: 'empty' } };
  if (list.includes(value)) return { list, refusal: { kind: 'duplicate' } };
  if (list.length >= rules.max) return { list, refusal: { kind: 'tooMany', max: rules.max } };
  const maxLength = rules.maxLength ?? APPLICATION_LIMITS.industry.max;
  if (charCount(value) > maxLength) return { list, refusal: { kind: 'tooLong', max: maxLength } };
  return { list: [...list, value], refusal: null };
}

export function removeTag(list: string[], value: string): string[] {
  return list.filter((x) => x !== value);
}

/** Several entries typed at once, separated by 、，, ; or a new line. */
export function splitTags(raw: string): string[] {
  return raw
    .split(/[、，,;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
