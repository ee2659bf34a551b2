// The classifier (server/src/modules/inquiries/bot/faq-classifier.ts): when the rules are not sure, an entry it is very
// sure of — and the answer check accepts — is answered. It answers what people wrap in words of their own; it never
// answers what the rules found to be about something else, and never without the answer check.
import { describe, expect, it } from 'vitest';
import { AnswerCheck } from '../../server/src/modules/inquiries/bot/answer-check.js';
import type { Bot } from '../../server/src/modules/inquiries/bot/bot.js';
import {
  CLASSIFIER_THRESHOLD,
  CLASSIFIER_THRESHOLD_FOREIGN,
  classifierFeatures,
  FaqClassifier,
} from '../../server/src/modules/inquiries/bot/faq-classifier.js';
import { classifierSureOf, rulesAndClassified as classified, withLoadedBot } from '../support/bot.js';
import type { TestDatabase } from '../support/db.js';

let db: TestDatabase;
let bot: Bot;
withLoadedBot((loaded) => {
  ({ db, bot } = loaded);
});

const rulesAndClassified = (question: string, classifier = bot.faqClassifier) => classified(bot, db, question, classifier);
const sureOf = classifierSureOf;

describe('the classifier', () => {
  it.each([
    ['附件能不能传个word文档上去啊 我们做了个宣传册', 'form-attachments'],
    ['审核大概要等几天 领导天天催我', 'review-time'],
    ['你们中心电话多少 我想直接打过去问', 'contact-centre'],
    ['表填一半手机没电了 之前填的还在不', 'drafts'],
  ])('answers "%s" from %s, which the rules alone are not sure of', async (question, key) => {
    const { rulesAlone, classified } = await rulesAndClassified(question);
    expect(rulesAlone.confident).toBe(false);
    expect(classified).toMatchObject({ confident: true, handoff: false, basis: key });
  });

  it.each([
    '我的签证申请到哪一步了', // another kind of application
    '杭州西湖门票多少钱', // a place, and another subject
    '我家猫不吃饭了怎么办', // (the answer check refuses it)
    '给我讲个笑话',
  ])('gives no confident answer to "%s", even with a classifier sure of an entry', async (question) => {
    const { classified } = await rulesAndClassified(question, sureOf('fees', 0.999));
    expect(classified.confident).toBe(false);
  });

  it('must be surer when the question has a word the programme never uses', async () => {
    const plain = '审核大概要等几天 领导天天催我';
    const foreign = '审核大概要等几天 评职称要用'; // 职称: a word of no entry
    const between = (CLASSIFIER_THRESHOLD + CLASSIFIER_THRESHOLD_FOREIGN) / 2;
    expect((await rulesAndClassified(plain, sureOf('review-time', between))).classified).toMatchObject({ confident: true, basis: 'review-time' });
    expect((await rulesAndClassified(foreign, sureOf('review-time', between))).classified.confident).toBe(false);
    expect((await rulesAndClassified(foreign, sureOf('review-time', 0.999))).classified).toMatchObject({ confident: true, basis: 'review-time' });
    expect((await rulesAndClassified(plain, sureOf('review-time', CLASSIFIER_THRESHOLD - 0.01))).classified.confident).toBe(false);
  });

  it('reads one English word the programme never uses as no other subject (its English texts are short)', async () => {
    const between = (CLASSIFIER_THRESHOLD + CLASSIFIER_THRESHOLD_FOREIGN) / 2;
    const { rulesAlone, classified } = await rulesAndClassified('I withdrew our application by mistake. Can it be restored?', sureOf('withdraw', between));
    expect(rulesAlone.confident).toBe(false);
    expect(classified).toMatchObject({ confident: true, basis: 'withdraw' });
  });

  it('answers from no entry that never names a year the question names', async () => {
    const { rulesAlone, classified } = await rulesAndClassified('2026年中国产业名片创新发展大会在哪里举办？', sureOf('conference-2025', 0.999));
    expect(rulesAlone.confident).toBe(false);
    expect(classified.confident).toBe(false);
    const sameYear = await rulesAndClassified('2025年那个产业名片大会在哪开的来着 领导要去', sureOf('conference-2025', 0.999));
    expect(sameYear.classified).toMatchObject({ confident: true, basis: 'conference-2025' });
  });

  it('answers only what the answer check accepts too', async () => {
    const question = '审核大概要等几天 领导天天催我';
    const check = bot.answerCheck;
    bot.answerCheck = new AnswerCheck({ bias: -100, weights: {} });
    try {
      expect((await bot.answer(question, db.prisma)).confident).toBe(false);
    } finally {
      bot.answerCheck = check;
    }
    expect((await bot.answer(question, db.prisma)).confident).toBe(true);
  });

  it('reads the question as the bot does: its words, its pairs of letters and its characters', () => {
    expect(classifierFeatures(['审核', '几天'], '审核几天?')).toEqual([
      'bias',
      'q:审核',
      'q:几天',
      'Q:审核',
      'Q:核几',
      'Q:几天',
      'C:审',
      'C:核',
      'C:几',
      'C:天',
    ]);
    const classifier = new FaqClassifier({ labels: ['a', 'b'], weights: { 'q:审核': [1, 2], 'Q:几天': [0, 0.5] } });
    const { label, probability } = classifier.classify(['审核'], '审核几天');
    expect(label).toBe('b');
    expect(probability).toBeCloseTo(1 / (1 + Math.exp(0.5 - 2)));
  });
});
