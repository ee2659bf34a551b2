// The classifier's second opinion (bot.ts verdict and secondOpinion): where the rules are sure of an entry, of the
// catalogue or of a status question, a classifier very sure of something else overrules them; where they are not sure,
// it may name a status question or a request for a person, and an English question's entry with less certainty.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../../server/src/modules/inquiries/bot/bot.js';
import { ANSWER_CHECK_THRESHOLD, AnswerCheck } from '../../server/src/modules/inquiries/bot/answer-check.js';
import {
  CHECK_AGREED,
  CHECK_DOUBT,
  CLASSIFIER_DOUBT,
  CLASSIFIER_CATALOGUE,
  CLASSIFIER_OVERRULE,
  CLASSIFIER_THRESHOLD,
  CLASSIFIER_THRESHOLD_ENGLISH,
  CLASSIFIER_THRESHOLD_FOREIGN,
  NO_ENTRY,
} from '../../server/src/modules/inquiries/bot/faq-classifier.js';
import { classifierSureOf, rulesAndClassified, withLoadedBot } from '../support/bot.js';
import type { TestDatabase } from '../support/db.js';

let db: TestDatabase;
let bot: Bot;
withLoadedBot((loaded) => {
  ({ db, bot } = loaded);
});

/** The bot's answer by its rules alone, and with a classifier sure of `label`. */
const overruled = (question: string, label: string, probability: number) => rulesAndClassified(bot, db, question, classifierSureOf(label, probability));

const sure = (CLASSIFIER_OVERRULE + 1) / 2;
const notSureEnough = CLASSIFIER_OVERRULE - 0.05;

describe('the classifier and the answer check doubting an entry together', () => {
  // Between the doubt and the overrule: sure enough that nothing we answer is asked to doubt, not to overrule alone.
  const fairlySure = (CLASSIFIER_DOUBT + CLASSIFIER_OVERRULE) / 2;

  it('says it is not sure when the answer check is lukewarm about the entry too', async () => {
    // (A foreign city is no zone the entry speaks of; the check gives the entry little chance.)
    const question = 'Can a foreign industrial park join the programme?';
    expect(bot.answerCheck!.probabilityOf(bot.checkFeaturesOf(question, 'zone-eligible')!)).toBeLessThan(CHECK_DOUBT);
    const { rulesAlone, classified } = await overruled(question, NO_ENTRY.unsure, fairlySure);
    expect(rulesAlone).toMatchObject({ confident: true, basis: 'zone-eligible' });
    expect(classified).toMatchObject({ confident: false, handoff: true });
    expect((await overruled(question, NO_ENTRY.unsure, CLASSIFIER_DOUBT - 0.05)).classified).toMatchObject({ confident: true, basis: 'zone-eligible' });
  });

  it('answers the entry the rules found when the classifier is sure of it too, though the answer check is not quite sure', async () => {
    const question = '申请区域简介最多可以写多少字？';
    expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, basis: 'form-intro' });
    // An answer check this sure of every entry: below its own threshold, at or above CHECK_AGREED (or not).
    const checkSureOf = (p: number) => new AnswerCheck({ bias: Math.log(p / (1 - p)), weights: {} });
    const own = bot.answerCheck;
    try {
      bot.answerCheck = checkSureOf((ANSWER_CHECK_THRESHOLD + CHECK_AGREED) / 2);
      const { rulesAlone, classified } = await overruled(question, 'form-intro', sure);
      expect(rulesAlone).toMatchObject({ confident: false });
      expect(classified).toMatchObject({ confident: true, basis: 'form-intro' });
      expect((await overruled(question, 'form-intro', notSureEnough)).classified).toMatchObject({ confident: false });
      bot.answerCheck = checkSureOf(CHECK_AGREED / 2);
      expect((await overruled(question, 'form-intro', sure)).classified).toMatchObject({ confident: false });
    } finally {
      bot.answerCheck = own;
    }
  });

  it('keeps an entry the answer check is sure of', async () => {
    const { classified } = await overruled('申请区域简介最多可以写多少字？', NO_ENTRY.unsure, fairlySure);
    expect(classified).toMatchObject({ confident: true, basis: 'form-intro' });
  });
});

describe("the classifier's second opinion on an entry the rules are sure of", () => {
  const question = '申请区域简介最多可以写多少字？';

  it('keeps the entry when it agrees, or is not sure of anything else', async () => {
    expect((await overruled(question, 'form-intro', 0.999)).classified).toMatchObject({ confident: true, basis: 'form-intro' });
    const { rulesAlone, classified } = await overruled(question, NO_ENTRY.unsure, notSureEnough);
    expect(rulesAlone).toMatchObject({ confident: true, basis: 'form-intro' });
    expect(classified).toMatchObject({ confident: true, basis: 'form-intro' });
  });

  it('says it is not sure when the classifier is sure the question asks nothing we answer', async () => {
    const { classified } = await overruled(question, NO_ENTRY.unsure, sure);
    expect(classified).toMatchObject({ confident: false, handoff: true });
  });

  it('answers the entry the classifier is sure of, when the guards allow it', async () => {
    // The rules read "signing" and answer how to sign up; the classifier reads what the centre does after signing.
    const english = 'Once we sign the agreement, what will the centre actually do for our city?';
    const { classified } = await overruled(english, 'centre-tasks', sure);
    expect(classified).toMatchObject({ confident: true, basis: 'centre-tasks' });
    expect(classified.text).toMatch(/[a-z]/i);
  });

  it('answers no entry the guards refuse, though it is sure of it: not sure instead', async () => {
    // The 2024 release's entry never names the year asked about.
    const { rulesAlone, classified } = await overruled('2025年那个产业名片大会在哪开的', 'release-2024', 0.999);
    expect(rulesAlone).toMatchObject({ confident: true, basis: 'conference-2025' });
    expect(classified.confident).toBe(false);
  });

  it('overrules the most-asked questions (intents) too', async () => {
    const { rulesAlone, classified } = await overruled('申报流程是怎样的', NO_ENTRY.unsure, sure);
    expect(rulesAlone).toMatchObject({ confident: true, basis: 'how-to-participate' });
    expect(classified.confident).toBe(false);
  });
});

describe("the classifier's second opinion on the catalogue", () => {
  it('keeps the catalogue when it reads a catalogue question, or is not sure', async () => {
    expect((await overruled('杭州有哪些产业名片', NO_ENTRY.cards, 0.999)).classified.basis).toMatch(/^cards/);
    expect((await overruled('杭州有哪些产业名片', NO_ENTRY.unsure, notSureEnough)).classified.basis).toMatch(/^cards/);
  });

  it('answers an entry, a status or "not sure" when it is sure of one', async () => {
    const list = await overruled('2024 cards list', 'release-2024', sure);
    expect(list.rulesAlone.basis).toMatch(/^cards/);
    expect(list.classified).toMatchObject({ confident: true, basis: 'release-2024' });
    const status = await overruled('俺们的名片打造到啥程度了，快发布了没', NO_ENTRY.status, sure);
    expect(status.rulesAlone.basis).toMatch(/^cards/);
    expect(status.classified).toMatchObject({ confident: true, basis: 'applications' });
    expect((await overruled('杭州有哪些产业名片', NO_ENTRY.unsure, sure)).classified.confident).toBe(false);
  });
});

describe('the classifier sure that the cards or their count are asked, where the catalogue reads something else', () => {
  const sureOfCatalogue = (CLASSIFIER_CATALOGUE + 1) / 2;

  it('answers from what the question names of the catalogue', async () => {
    const question = '下个月去杭州玩 杭州有名片吗'; // (玩: the catalogue's reading takes it for travel)
    const { rulesAlone, classified } = await overruled(question, NO_ENTRY.cards, sureOfCatalogue);
    expect(rulesAlone.confident).toBe(false);
    expect(classified).toMatchObject({ confident: true });
    expect(classified.basis).toMatch(/^cards/);
    expect(classified.sources.map((s) => s.url).join(' ')).toContain('hangzhou-digital-city');
    expect((await overruled(question, NO_ENTRY.cards, CLASSIFIER_CATALOGUE - 0.02)).classified.confident).toBe(false);
  });

  it('counts all the cards when it names nothing else', async () => {
    const published = await db.prisma.card.count({ where: { status: 'PUBLISHED' } });
    const { rulesAlone, classified } = await overruled('How many cards are in the catalogue right now?', NO_ENTRY.count, sureOfCatalogue);
    expect(rulesAlone.confident).toBe(false);
    expect(classified.basis).toMatch(/^count/);
    expect(classified.text).toMatch(new RegExp(`(^|\\D)${published}(\\D|$)`));
  });

  it('answers nothing past the off-topic gate, nor a question that names nothing of the catalogue', async () => {
    expect((await overruled('杭州明天天气怎么样，冷不冷', NO_ENTRY.cards, 0.999)).classified.confident).toBe(false);
    expect((await overruled('下周去旅游 有啥好玩的推荐吗', NO_ENTRY.cards, 0.999)).classified.confident).toBe(false);
  });
});

describe('an English question kept at the off-topic gate only by English words no entry uses', () => {
  it('is answered from the entry the classifier is sure of (surer for two such words)', async () => {
    const one = 'our application was rejected, can we apply again?'; // reject
    const oneWord = await overruled(one, 'declined', (CLASSIFIER_THRESHOLD_ENGLISH + CLASSIFIER_THRESHOLD_FOREIGN) / 2);
    expect(oneWord.rulesAlone.confident).toBe(false);
    expect(oneWord.classified).toMatchObject({ confident: true, basis: 'declined' });
    expect((await overruled(one, 'declined', CLASSIFIER_THRESHOLD_ENGLISH - 0.05)).classified.confident).toBe(false);
    const two = 'what paperwork do we need to get ready?'; // paperwork, ready
    expect((await overruled(two, 'materials', (CLASSIFIER_THRESHOLD_FOREIGN + 1) / 2)).classified).toMatchObject({ confident: true, basis: 'materials' });
    expect((await overruled(two, 'materials', (CLASSIFIER_THRESHOLD_ENGLISH + CLASSIFIER_THRESHOLD_FOREIGN) / 2)).classified.confident).toBe(false);
  });

  it('is never answered past a Chinese word of another subject, or a detail no document gives', async () => {
    expect((await overruled('低保的申请要交钱吗', 'fees', 0.999)).classified.confident).toBe(false);
    expect((await overruled("what is the programme's budget for next year?", 'funding', 0.999)).classified.confident).toBe(false);
  });
});

describe('the classifier where the rules are not sure', () => {
  it.each([
    ['俺们那份东西现在弄到哪一步了', NO_ENTRY.status, 'applications'], // (申请现在啥情况了: the rules read it now)
    ['审核大概要等几天 领导天天催我', NO_ENTRY.handoff, 'handoff'],
  ])('reads "%s" as %s', async (question, label, basis) => {
    const { rulesAlone, classified } = await overruled(question, label, 0.999);
    expect(rulesAlone.confident).toBe(false);
    expect(classified).toMatchObject({ confident: true, basis });
    expect((await overruled(question, label, CLASSIFIER_THRESHOLD - 0.01)).classified.confident).toBe(false);
  });

  it("reads no status in another kind of application, nor a request for a person in another's service", async () => {
    const otherApplication = await overruled('我们厂申请的技改补贴批下来了没有', NO_ENTRY.status, 0.999);
    expect(otherApplication.rulesAlone.confident).toBe(false);
    expect(otherApplication.classified.confident).toBe(false);
    expect((await overruled('联通客服怎么转人工', NO_ENTRY.handoff, 0.999)).classified.confident).toBe(false);
  });

  it('needs to be less sure of an English question', async () => {
    const between = (CLASSIFIER_THRESHOLD_ENGLISH + CLASSIFIER_THRESHOLD) / 2;
    const english = await overruled('They kicked our form back with notes. Next step?', 'returned', between);
    expect(english.rulesAlone.confident).toBe(false);
    expect(english.classified).toMatchObject({ confident: true, basis: 'returned' });
    const chinese = await overruled('审核大概要等几天 领导天天催我', 'review-time', between);
    expect(chinese.classified.confident).toBe(false);
  });

  it('needs to be no less sure of a status question in English', async () => {
    const question = 'any update on my applicatoin?'; // (a typo the rules do not read)
    const between = (CLASSIFIER_THRESHOLD_ENGLISH + CLASSIFIER_THRESHOLD) / 2;
    expect((await overruled(question, NO_ENTRY.status, between)).classified.confident).toBe(false);
    expect((await overruled(question, NO_ENTRY.status, 0.999)).classified).toMatchObject({ confident: true, basis: 'applications' });
  });

  it('answers no entry from a request for a person that the off-topic gate keeps from every entry', async () => {
    const { rulesAlone, classified } = await overruled('我想找工作人员问问低保怎么申请', 'how-to-participate', 0.999);
    expect(rulesAlone).toMatchObject({ confident: true, basis: 'handoff' });
    expect(classified).toMatchObject({ confident: true, basis: 'handoff' });
  });

  it.each(['能安排老师来给我们做个培训吗', '你们能派工作人员来实地调研吗'])(
    'hands "%s" (the staff coming to train or visit) over to no one',
    async (question) => {
      expect((await bot.answer(question, db.prisma)).handoff && (await bot.answer(question, db.prisma)).confident).toBe(false);
    },
  );
});

describe('a status question with an English word no entry uses', () => {
  it('is a status question when the classifier reads one too', async () => {
    const question = 'How is my application faring?'; // (faring: a word no entry uses; doing is an everyday verb)
    expect((await overruled(question, NO_ENTRY.unsure, sure)).classified.confident).toBe(false);
    expect((await overruled(question, NO_ENTRY.status, sure)).classified).toMatchObject({ confident: true, basis: 'applications' });
    expect((await overruled(question, NO_ENTRY.status, notSureEnough)).classified.confident).toBe(false);
  });
});

describe("the classifier's second opinion on a request for a person or a status question", () => {
  it.each([
    ['转人工要咋操作啊，是输个啥字吗', 'handoff', 'human-agent'],
    ['申请状态里的“打造中”和“已签约”分别是啥意思', 'applications', 'status-flow'],
  ])('answers "%s" (read by the rules as %s) from the entry it is sure of, %s', async (question, rules, key) => {
    const { rulesAlone, classified } = await overruled(question, key, sure);
    expect(rulesAlone).toMatchObject({ confident: true, basis: rules });
    expect(classified).toMatchObject({ confident: true, handoff: false, basis: key });
    expect((await overruled(question, key, notSureEnough)).classified).toMatchObject({ confident: true, basis: rules });
  });

  it.each([
    ['客服小姐姐长得好看吗', 'handoff'], // (中心的工作人员都是事业编吗 no longer: the rules read their posts, and are not sure)
    ['我的换证申请通过了吗', 'applications'], // (我的驾照换证申请 no longer: the rules read 驾照 two words before 申请)
  ])('is not sure of "%s" (read by the rules as %s) when it is sure nothing we answer is asked, and still offers a person', async (question, rules) => {
    const { rulesAlone, classified } = await overruled(question, NO_ENTRY.unsure, sure);
    expect(rulesAlone).toMatchObject({ confident: true, basis: rules });
    expect(classified).toMatchObject({ confident: false, handoff: true });
  });

  it.each(['能派个工作人员陪我去吗', '找客服', 'I want to talk to a human'])(
    'hands "%s" over, a person asked for in so many words, though it is sure nothing we answer is asked',
    async (question) => {
      expect((await overruled(question, NO_ENTRY.unsure, 0.999)).classified).toMatchObject({ confident: true, handoff: true, basis: 'handoff' });
    },
  );

  it("leaves the rules' reading when it reads the same kind", async () => {
    expect((await overruled('我的申请到哪一步了', NO_ENTRY.status, 0.999)).classified).toMatchObject({ confident: true, basis: 'applications' });
    expect((await overruled('我要转人工', NO_ENTRY.handoff, 0.999)).classified).toMatchObject({ confident: true, basis: 'handoff' });
  });
});
