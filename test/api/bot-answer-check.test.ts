// The answer check (server/src/modules/inquiries/bot/answer-check.ts): after the rules find an entry, a model
// learnt from the tuning set judges whether the entry answers the question as a whole. It only ever takes
// confidence away, never overrides staff, and is trained on the current tuning set.
import { describe, expect, it } from 'vitest';
import { AnswerCheck, checkFeatures } from '../../server/src/modules/inquiries/bot/answer-check.js';
import { Bot } from '../../server/src/modules/inquiries/bot/bot.js';
import { withAndWithout, withLoadedBot } from '../support/bot.js';
import type { TestDatabase } from '../support/db.js';

let db: TestDatabase;
let bot: Bot;
withLoadedBot((loaded) => {
  ({ db, bot } = loaded);
});

/** The bot's answer by its rules alone, and with the check (without the classifier, whose second opinion comes after). */
async function rulesAndChecked(question: string) {
  const classifier = bot.faqClassifier;
  bot.faqClassifier = null;
  try {
    const answers = await withAndWithout(bot, db, 'answerCheck', question);
    return { rulesAlone: answers.without, checked: answers.with };
  } finally {
    bot.faqClassifier = classifier;
  }
}

describe('the answer check', () => {
  it.each([
    ['中心周末上班吗', 'human-agent'], // working hours the entry does not give
    ['中心节假日上班吗', 'human-agent'], // the same, in words of no tuning question
    ['产融合作中心有单独的联系电话吗？', 'culture-complex'], // another centre's telephone
    ['评价体系28项指标里权重最高的是哪一项？', 'evaluation-system'], // a weight no document gives
    ['工信部部长出席东莞那次大会了吗？', 'signing-2022'], // who attended
  ])('is not sure about "%s", which the rules alone answer from %s, and suggests that entry to tap', async (question, key) => {
    const { rulesAlone, checked } = await rulesAndChecked(question);
    expect(rulesAlone).toMatchObject({ confident: true, basis: key });
    expect(checked).toMatchObject({ confident: false, handoff: true, sources: [], basis: null });
    const entry = await db.prisma.faq.findUniqueOrThrow({ where: { key } });
    expect(checked.suggestions).toContain(entry.question);
  });

  it.each([
    ['申请要交钱吗', 'fees'],
    ['电话号码怎么填', 'form-phone'],
    ['县级市能申请吗', 'county-eligible'],
    ['How long is each documentary?', 'films-length'],
  ])('still answers "%s" from %s', async (question, key) => {
    const { rulesAlone, checked } = await rulesAndChecked(question);
    expect(rulesAlone).toMatchObject({ confident: true, basis: key });
    expect(checked).toMatchObject({ confident: true, basis: key });
  });

  it('never overrides staff: a question it refuses, once staff add it to an entry, is answered from that entry', async () => {
    const question = '中心节假日上班吗';
    expect((await bot.answer(question, db.prisma)).confident).toBe(false);
    const entry = await db.prisma.faq.findUniqueOrThrow({ where: { key: 'human-agent' } });
    await db.prisma.faq.update({ where: { key: 'human-agent' }, data: { alternatives: [...entry.alternatives, question] } });
    try {
      const taught = await Bot.load(db.prisma);
      // (A check that refuses everything: the taught phrasing is answered before it is asked.)
      taught.answerCheck = new AnswerCheck({ bias: -100, weights: {} });
      expect(await taught.answer(question, db.prisma)).toMatchObject({ confident: true, basis: 'human-agent', text: entry.answer });
      expect((await taught.answer('申请要交钱吗', db.prisma)).confident).toBe(false);
    } finally {
      await db.prisma.faq.update({ where: { key: 'human-agent' }, data: { alternatives: entry.alternatives } });
    }
  });

  it('sees the words and character pairs of the question that the entry does not contain', () => {
    const entry = { key: 'k', words: new Set(['中心', '上班']), checkText: '中心工作日上班' };
    const features = checkFeatures(['中心', '周末', '上班'], '中心周末上班吗', entry);
    expect(features).toEqual(expect.arrayContaining(['b:k', 'q:周末', 'u:周末', 'G:周末', 'Q:中心', 'nu:1']));
    expect(features).not.toContain('u:中心');
    expect(features).not.toContain('G:上班');
  });

  it('turns the weights of what it sees into a probability', () => {
    const entry = { key: 'k', words: new Set(['中心']), checkText: '中心' };
    const check = new AnswerCheck({ bias: 0, weights: { 'u:周末': -3 } });
    expect(check.probability(['中心'], '中心', entry)).toBeCloseTo(0.5);
    expect(check.probability(['中心', '周末'], '中心周末', entry)).toBeLessThan(0.1);
    expect(check.accepts(['中心', '周末'], '中心周末', entry)).toBe(false);
  });
});
