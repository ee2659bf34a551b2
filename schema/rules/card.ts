// The staff's card editing rules (产业名片), shared by the editor (field errors as staff type) and
// the server (which applies them again before storing anything).
import { charCount } from './application';

/** What the editor lets staff type (the server's bounds on these texts are at least as wide). */
export const CARD_LIMITS = {
  title: { max: 30 },
  titleEn: { max: 80 },
  concept: { max: 60 },
  conceptEn: { max: 160 },
  story: { max: 5000 },
  storyEn: { max: 10_000 },
  industries: { min: 1, max: 10 },
  /** Cards are published in batches since 2022. */
  batchYear: { min: 2022, max: 2100 },
} as const;

/** A card's main colour: `#RRGGBB`. */
export const CARD_COLOR = /^#[0-9a-fA-F]{6}$/;

export const CARD_MESSAGES = {
  titleRequired: '请填写名片标题',
  titleTooLong: `名片标题不超过 ${CARD_LIMITS.title.max} 个字`,
  industries: '请至少填写 1 个产业，且不能有空白项',
  color: '主色应为 #RRGGBB 格式',
  batchYear: '发布批次年份不正确',
} as const;

/** The fields the rules look at; `undefined` means "not being changed". */
export interface CardRulesInput {
  title?: string | null;
  industries?: string[] | null;
  color?: string | null;
  batchYear?: number | null;
}

export type CardRuleField = 'title' | 'industries' | 'color' | 'batchYear';

/** Every rule the input breaks, one message per field (the first), in the form's order. */
export function cardInputErrors(input: CardRulesInput): { field: CardRuleField; message: string }[] {
  const errors: { field: CardRuleField; message: string }[] = [];
  if (input.title !== undefined && !input.title?.trim()) errors.push({ field: 'title', message: CARD_MESSAGES.titleRequired });
  else if (input.title && charCount(input.title) > CARD_LIMITS.title.max) errors.push({ field: 'title', message: CARD_MESSAGES.titleTooLong });
  if (input.industries && (input.industries.length < CARD_LIMITS.industries.min || input.industries.some((i) => !i.trim())))
    errors.push({ field: 'industries', message: CARD_MESSAGES.industries });
  if (input.color && !CARD_COLOR.test(input.color)) errors.push({ field: 'color', message: CARD_MESSAGES.color });
  if (input.batchYear != null && (input.batchYear < CARD_LIMITS.batchYear.min || input.batchYear > CARD_LIMITS.batchYear.max))
    errors.push({ field: 'batchYear', message: CARD_MESSAGES.batchYear });
  return errors;
}
