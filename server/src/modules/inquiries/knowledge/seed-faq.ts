import type { PrismaClient } from '../../../generated/prisma/client.js';
import { faqSeed } from './faq-seed.js';

/** Loads the sample FAQ into an empty table. */
export async function seedFaq(prisma: PrismaClient): Promise<number> {
  if ((await prisma.faq.count()) > 0) return 0;
  await prisma.faq.createMany({
    data: faqSeed.map((f) => ({
      key: f.key,
      category: f.category,
      question: f.question,
      alternatives: f.alternatives,
      answer: f.answer,
      sourceTitle: f.source.title,
      sourceUrl: f.source.url ?? null,
    })),
  });
  return faqSeed.length;
}
