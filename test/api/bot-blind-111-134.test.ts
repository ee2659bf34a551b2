// Found on the blind sets 111–134 (名片 and "card" in other senses, the catalogue's places asked about for travel and
// shopping, investors, people testing the bot, media and phones, officials' other work, English from everywhere, daily
// life, city branding, the ministry's other duties, the elderly by voice, long English messages, students, short messages, Chinglish, typos and pinyin, officials, home towns): a place's 名片 in its loose sense, other cards, what the bot runs on, another company's app in Latin letters,
// another programme's own rules, someone else's application, and a question the intent rules read whose one extra word
// the entry does not use. Most are checked against a classifier sure of the wrong reading, so that only the rule answers;
// readings are checked on the functions that read (spoken forms, self-introductions, requests for a person).
import { describe, expect, it } from 'vitest';
import { asksForPerson } from '../../server/src/modules/inquiries/bot/intents.js';
import { withoutSelfIntroductionEn } from '../../server/src/modules/inquiries/bot/preamble.js';
import { spokenAsWritten } from '../../server/src/modules/inquiries/bot/spoken.js';
import { rulesAgainstClassifierSureOf } from '../support/bot.js';

/** The answer with the classifier set aside, and with one sure of `label`. */
const answers = rulesAgainstClassifierSureOf();

/** Neither the rules nor a classifier sure of `label` answer the question confidently. */
async function expectNotSure(question: string, label: string, probability?: number) {
  const { rulesAlone, classified } = await answers(question, label, probability);
  expect(rulesAlone.confident).toBe(false);
  expect(classified.confident).toBe(false);
}

describe('名片 in its loose sense: what a place is known for', () => {
  it.each(['大熊猫应该是四川的名片吧', '重庆的城市名片是火锅吗', '东方明珠是上海的名片吗', '說說廈門有哪些城市名片景點'])(
    'is not sure of "%s", even when the classifier reads the cards',
    async (question) => {
      await expectNotSure(question, ':cards');
    },
  );

  it('is not sure whether the qipao is a 名片 of China (a guard: the answer check holds back the classifier)', async () => {
    await expectNotSure('旗袍算不算中国的一张名片', 'what-is-industry-card', 0.99999);
  });

  it.each([
    ['德化白瓷是德化的名片吗', 'cards:350526/陶瓷'],
    ['景德镇瓷器是景德镇的名片吗', 'cards:360200/陶瓷'],
  ])('answers "%s" from the catalogue: the thing is a card\'s industry', async (question, basis) => {
    const { rulesAlone } = await answers(question, ':unsure');
    expect(rulesAlone).toMatchObject({ confident: true, basis });
  });

  it("still answers what the programme's card is (产业名片是不是会发一张实物卡): no place is named", async () => {
    const { classified } = await answers('产业名片是不是会发一张实物卡给我们？', 'what-is-industry-card');
    expect(classified).toMatchObject({ confident: true, basis: 'what-is-industry-card' });
  });
});

describe('other cards, and the bot itself', () => {
  it('is not sure how many cards are in a standard deck, even when the classifier reads a count', async () => {
    await expectNotSure('How many cards are in a standard deck?', ':count');
  });

  it('neither answers nor hands over "How do I send someone my contact card on WeChat?"', async () => {
    const { rulesAlone, classified } = await answers('How do I send someone my contact card on WeChat?', 'share');
    expect(rulesAlone).toMatchObject({ confident: false });
    expect(classified).toMatchObject({ confident: false });
  });

  it('still answers whether an industry card is a real card like a bank card', async () => {
    const question = 'industry card is a real card like bank card or ID card? what it mean exactly';
    const { classified } = await answers(question, 'what-is-industry-card');
    expect(classified).toMatchObject({ confident: true, basis: 'what-is-industry-card' });
  });

  it.each(['Which LLM is running behind this bot?', '你背后用的是哪家的大模型'])('is not sure what the bot runs on ("%s")', async (question) => {
    await expectNotSure(question, 'who-runs');
  });
});

describe("another company's app, another programme's rules, someone else's application", () => {
  it('is not sure whether DiDi is available in English, even when the classifier reads the English version', async () => {
    await expectNotSure('Is DiDi available in English?', 'english-version');
  });

  it('is not sure of the business-environment evaluation (营商环境评价指标体系), whatever evaluation words it shares', async () => {
    await expectNotSure('營商環境評價指標體系有哪些一級指標', 'evaluation-system');
  });

  it('still answers another programme named as a kind of applicant (专精特新企业能不能自己申请)', async () => {
    const { classified } = await answers('专精特新企业能不能自己申请产业名片', 'enterprise-apply');
    expect(classified).toMatchObject({ confident: true, basis: 'enterprise-apply' });
  });

  it.each([
    "What's the status of Xiamen's application? A friend there applied.",
    "What's the status of my friend's application?",
    '我朋友他们县报的名片到哪一步了',
  ])('gives no status and no entry for someone else\'s application: "%s"', async (question) => {
    await expectNotSure(question, ':status');
  });

  it.each(["What's my application status?", "How's our application going?"])('reads "%s" as the asker\'s own status', async (question) => {
    const { rulesAlone } = await answers(question, ':unsure');
    expect(rulesAlone).toMatchObject({ confident: true, basis: 'applications' });
  });

  it('answers the catalogue for 人工智能大模型产业有哪些名片: the large models are an industry there, not the bot', async () => {
    const { classified } = await answers('人工智能大模型产业有哪些名片', ':cards');
    expect(classified).toMatchObject({ confident: true, basis: 'cards:人工智能' });
  });

  it("still gives the asker's own status", async () => {
    const { rulesAlone } = await answers("What's the status of our application?", ':unsure');
    expect(rulesAlone).toMatchObject({ confident: true, basis: 'applications' });
  });
});

describe('an intent read by the rules, with a word the entry does not use', () => {
  it('answers when the classifier is sure of the same entry (登记表里都有哪些栏目要填)', async () => {
    const { rulesAlone, classified } = await answers('登记表里都有哪些栏目要填', 'form-fields');
    expect(rulesAlone.confident).toBe(false);
    expect(classified).toMatchObject({ confident: true, basis: 'form-fields' });
  });

  it('is not sure when the classifier is sure of another entry', async () => {
    const { classified } = await answers('登记表里都有哪些栏目要填', 'materials');
    expect(classified.confident).toBe(false);
  });
});

describe("someone else's office, another office's staff, another review", () => {
  it.each([
    '我儿子在市工信局上班 他们局报的产业名片申请现在批下来没有',
    '闺女在县里工信局做事 她们单位那个名片申请到底通过了没',
    '他们那份申请到哪一步了',
    '他们区报的名片批了没有',
  ])('gives no status for an office of theirs: "%s"', async (question) => {
    await expectNotSure(question, ':status');
  });

  it("hands nothing over for another office's staff (帮我联系我们市文旅局的工作人员), even when the classifier reads a hand-over", async () => {
    const { classified } = await answers('麻烦帮我联系一下我们市文旅局的工作人员', ':handoff');
    expect(classified.confident).toBe(false);
  });

  it("still hands over for the centre's staff", async () => {
    const { rulesAlone } = await answers('帮我联系中心的工作人员', ':unsure');
    expect(rulesAlone).toMatchObject({ confident: true, handoff: true });
  });

  it('hands nothing over for what a teacher asks (毕业答辨老师一般会问啥, 答辩 mistyped)', async () => {
    const { rulesAlone } = await answers('毕业答辨老师一般会问啥', ':unsure');
    expect(rulesAlone.confident).toBe(false);
  });

  it('is not sure how long a literature review should be, even when the classifier reads the review time', async () => {
    await expectNotSure('How long should a literature review be?', 'review-time');
  });
});

describe('what the asker tells before asking', () => {
  it("reads past an English self-introduction (I'm writing a master's thesis…)", async () => {
    const question =
      "I'm writing a master's thesis on the history of this programme at a Dutch university. What was the closing date of the very first call for applications?";
    const { rulesAlone } = await answers(question, ':unsure');
    expect(rulesAlone).toMatchObject({ confident: true, basis: 'deadline-first-call' });
  });

  it.each([
    ['I am a private individual. Am I able to register for this myself?', 'enterprise-apply'],
    ["I'm a journalist and would like to speak to someone at the centre directly. Please transfer me.", 'handoff'],
    ["I'm an investor interested in rare earths. Which cities have cards?", 'cards'],
    ["I'm based in Taiwan. Can we take part?", 'abroad'],
  ])('keeps an introduction that says who applies, asks for something or names what is asked: "%s" (%s)', (question) => {
    expect(withoutSelfIntroductionEn(question.toLowerCase(), (sentence) => /rare earths|taiwan/.test(sentence))).toBe(question.toLowerCase());
  });

  it("keeps an introduction that says where (I'm based in Taiwan. Can we take part?)", async () => {
    const { rulesAlone } = await answers("I'm based in Taiwan. Can we take part?", ':unsure');
    expect(rulesAlone.confident).toBe(false); // (no entry speaks of taking part from there; it once answered the fees)
  });

  it('reads past one that only says who asks', () => {
    const question = "i'm a policy researcher at a think tank in brussels. which document is the programme meant to implement?";
    expect(withoutSelfIntroductionEn(question, () => false)).toBe('which document is the programme meant to implement?');
  });

  it('keeps the scholarship in "I\'m a student applying for a scholarship. When is the deadline?"', async () => {
    await expectNotSure("I'm a student applying for a scholarship. When is the deadline?", 'deadline-current');
  });

  it.each([
    ['我们的申请通过了吗？朋友圈里说名单出了', '我们的申请通过了吗？名单出了'],
    ['群里都在传截止日期延后了', '截止日期延后了'],
  ])('reads where it was seen said as hearsay, no part of what is asked: "%s"', (question, read) => {
    expect(spokenAsWritten(question)).toBe(read);
  });
});

describe('places one after another, Cantonese lists, hours and teachers', () => {
  it.each([
    ['东北的哈尔滨长春沈阳这几个老工业城市都有名片吗', 'cards:230100+220100+210100'],
    ['内蒙古那边有哪些名片 包头鄂尔多斯有没有', 'cards:150000'],
    ['我们泉州的产业名片有哪几张啊 德化晋江算不算', 'cards:350500'],
    ['哈尔滨长春沈阳，这几个有什么名片', 'cards:230100+220100+210100'],
    ['吉林长春有什么名片', 'cards:220100'],
    ['泉州德化的名片', 'cards:350526'],
    ['泉州德化晋江的名片', 'cards:350526+350582'],
    ['廣州有邊幾張產業名片？', 'cards:440100'],
    ['湖南有几涨名片', 'count:430000'],
  ])('reads "%s" as %s (the classifier sure only of the kind: cards or a count)', async (question, basis) => {
    const { classified } = await answers(question, basis.startsWith('count') ? ':count' : ':cards');
    expect(classified).toMatchObject({ confident: true, basis });
  });

  it.each([
    ['作为高校老师，有什么渠道参与到产业名片工作中', 'ecosystem-matrix'],
    ['夜晚搵人工客服，有冇人回覆㗎？', 'human-agent'],
  ])('asks for no person in "%s": it asks about %s', (question) => {
    expect(asksForPerson(question.replace('有冇', '有没有'))).toBe(false);
  });
});

describe('stocks of an industry, and everyday subjects in pinyin', () => {
  it.each(['陶瓷行业的上市公司有哪些', 'Which listed companies are in the battery industry?'])(
    'is not sure of "%s", even when the classifier reads the cards',
    async (question) => {
      await expectNotSure(question, ':cards');
    },
  );

  it('is not sure how to pay 社保 late, typed in pinyin (she bao zen me bu jiao: bao is no 报)', async () => {
    const { rulesAlone } = await answers('she bao zen me bu jiao', ':unsure');
    expect(rulesAlone.confident).toBe(false);
  });
});
