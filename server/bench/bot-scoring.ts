// Whether the bot's answer is the one an evaluation question expects. Its own module, so that the answer check's
// trainer can score answers without importing the held-out parts (bot.ts does).
import type { BotAnswer } from '../src/modules/inquiries/bot/bot.js';
import type { EvalCase } from '../src/modules/inquiries/knowledge/types.js';

const linksCard = (a: BotAnswer, slug: string) => a.sources.some((s) => s.url?.endsWith(`slug=${slug}`));

export function isCorrect(c: EvalCase, a: BotAnswer): boolean {
  const e = c.expect;
  if ('unsure' in e) return !a.confident;
  if ('handoff' in e) return a.handoff && a.confident;
  if (!a.confident || a.handoff) return false;
  if ('faq' in e) return a.basis === e.faq;
  if ('status' in e) return a.basis === 'applications';
  if ('count' in e) return !!a.basis?.startsWith('count') && new RegExp(`(^|\\D)${e.count}(\\D|$)`).test(a.text);
  return !!a.basis?.startsWith('cards') && e.cards.every((slug) => linksCard(a, slug));
}
