// A bot loaded from a test database of its own, for the tests that ask the bot directly (not over GraphQL).
import { afterAll, beforeAll } from 'vitest';
import { Bot, type BotAnswer } from '../../server/src/modules/inquiries/bot/bot.js';
import { FaqClassifier } from '../../server/src/modules/inquiries/bot/faq-classifier.js';
import { openTestDatabase, type TestDatabase } from './db.js';

/** Opens a database and loads the bot before the file's tests (handing both to `loaded`), and closes it after. */
export function withLoadedBot(loaded: (opened: { db: TestDatabase; bot: Bot }) => void): void {
  let db: TestDatabase | undefined;
  beforeAll(async () => {
    db = await openTestDatabase();
    loaded({ db, bot: await Bot.load(db.prisma) });
  });
  afterAll(async () => {
    await db?.close();
  });
}

/** The bot's answer to a question without one of its learnt parts, and with it (or with `instead` in its place). */
export async function withAndWithout<Part extends 'answerCheck' | 'faqClassifier'>(
  bot: Bot,
  db: TestDatabase,
  part: Part,
  question: string,
  instead: Bot[Part] = bot[part],
): Promise<{ without: BotAnswer; with: BotAnswer }> {
  const own = bot[part];
  bot[part] = null as Bot[Part];
  try {
    const without = await bot.answer(question, db.prisma);
    bot[part] = instead;
    return { without, with: await bot.answer(question, db.prisma) };
  } finally {
    bot[part] = own;
  }
}

/** A classifier sure to this degree that every question has `label` (two labels: softmax(w, 0) = p when w = ln(p / (1 - p))). */
export function classifierSureOf(label: string, probability: number): FaqClassifier {
  const other = label === ':unsure' ? ':handoff' : ':unsure';
  return new FaqClassifier({ labels: [label, other], weights: { bias: [0, Math.log(probability / (1 - probability))] } });
}

/** The bot's answer by its rules alone, and with its classifier (or another in its place). */
export async function rulesAndClassified(bot: Bot, db: TestDatabase, question: string, classifier = bot.faqClassifier) {
  const answers = await withAndWithout(bot, db, 'faqClassifier', question, classifier);
  return { rulesAlone: answers.without, classified: answers.with };
}

/**
 * For a file that asks the bot by its rules alone and with a classifier sure of one reading: the answer both ways to a
 * question, the classifier sure (to `probability`) of `label`.
 */
export function rulesAgainstClassifierSureOf(): (
  question: string,
  label: string,
  probability?: number,
) => Promise<{ rulesAlone: BotAnswer; classified: BotAnswer }> {
  let opened: { db: TestDatabase; bot: Bot } | undefined;
  withLoadedBot((loaded) => {
    opened = loaded;
  });
  return (question, label, probability = 0.999) => {
    if (!opened) throw new Error('the bot is loaded before the tests run');
    return rulesAndClassified(opened.bot, opened.db, question, classifierSureOf(label, probability));
  };
}
