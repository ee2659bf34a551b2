import type { PrismaClient } from '../../../generated/prisma/client.js';
import { faqEnglish } from './faq-english.js';
import { faqSeed } from './faq-seed.js';

/** Loads the sample FAQ into an empty table; an older one gains the English answers of its sample entries. */
export async function seedFaq(prisma: PrismaClient): Promise<number> {
  if ((await prisma.faq.count()) > 0) {
    const missing = await prisma.faq.findMany({ where: { answerEn: null, key: { in: Object.keys(faqEnglish) } }, select: { key: true } });
    for (const { key } of missing)
      await prisma.faq.update({ where: { key }, data: { questionEn: faqEnglish[key].question, answerEn: faqEnglish[key].answer } });
    return 0;
  }
  await prisma.faq.createMany({
    data: faqSeed.map((f) => ({
      key: f.key,
      category: f.category,
      question: f.question,
      alternatives: f.alternatives,
      answer: f.answer,
      questionEn: faqEnglish[f.key]?.question ?? null,
      answerEn: faqEnglish[f.key]?.answer ?? null,
      sourceTitle: f.source.title,
      sourceUrl: f.source.url ?? null,
    })),
  });
  return faqSeed.length;
}
