// Found on the blind sets 199–214 (other programmes' titles, two requests in one message, follow-ups, messages sent to the
// wrong chat, near-misses in Chinese and English, money and procurement, villages, references back, schools, other apps,
// jobs, housing, statistics): a message asking two things that two entries answer, each alone, was answered by one of
// them as if that were all; what was said before, pointed back to; other cards in English (a transport card); a message
// addressed to a teacher (老师，…) read as asking for a person; other apps' procedures in our words (淘宝退款申请撤回); a
// person's own studies, CV or parking; figures of a place's economy; a fund named bare.
import { describe, expect, it } from 'vitest';
import { type Bot, questionsAsked } from '../../server/src/modules/inquiries/bot/bot.js';
import { withoutPreamble } from '../../server/src/modules/inquiries/bot/preamble.js';
import { asksWhatNoDocumentSays } from '../../server/src/modules/inquiries/bot/unanswerable.js';
import { rulesAgainstClassifierSureOf, withLoadedBot } from '../support/bot.js';
import type { TestDatabase } from '../support/db.js';

const answers = rulesAgainstClassifierSureOf();
let opened: { db: TestDatabase; bot: Bot } | undefined;
withLoadedBot((loaded) => {
  opened = loaded;
});
const ask = (question: string) => opened!.bot.answer(question, opened!.db.prisma);

describe('a message asking two things', () => {
  it.each([
    ['主导产业最多写几个？座机号码可以填吗？', ['主导产业最多写几个？', '座机号码可以填吗？']],
    ['怎么登录？还有验证手机号是为了啥', ['怎么登录？', '验证手机号是为了啥？']],
  ])('is not answered by one entry as if that were all: "%s" offers each question to tap', async (question, asked) => {
    const answer = await ask(question);
    expect(answer).toMatchObject({ confident: false, handoff: true, suggestions: asked });
    expect(answer.text).toMatch(/不止一个问题/);
    // (Each question, tapped, is answered on its own.)
    for (const one of asked) expect((await ask(one)).confident).toBe(true);
  });

  it('is answered from the entry staff gave it as a phrasing (from 机器人未解决)', async () => {
    const { db } = opened!;
    const question = '主导产业最多写几个？座机号码可以填吗？';
    const phone = await db.prisma.faq.findUniqueOrThrow({ where: { key: 'form-phone' } });
    await db.prisma.faq.update({ where: { id: phone.id }, data: { alternatives: [...phone.alternatives, question] } });
    try {
      const taught = await (await import('../../server/src/modules/inquiries/bot/bot.js')).Bot.load(db.prisma);
      expect(await taught.answer(question, db.prisma)).toMatchObject({ confident: true, basis: 'form-phone' });
    } finally {
      await db.prisma.faq.update({ where: { id: phone.id }, data: { alternatives: phone.alternatives } });
    }
  });

  it.each([
    ['How do I get in touch with the centre? Is there a phone number?', 'contact-centre'],
    ['撤回后还能恢复吗？怎么撤回？', 'withdraw'],
    ['登记表怎么提交？另外联系电话能填座机吗', 'form-phone'],
  ])('is answered when one entry answers all of it, or the second question only puts the first again: "%s"', async (question, key) => {
    expect(await ask(question)).toMatchObject({ confident: true, basis: key });
  });

  it.each([
    ['What is a featured card, and how many applications can one region submit?', ['What is a featured card?', 'how many applications can one region submit?']],
    ['How do I share a card? Also, is there an English version?', ['How do I share a card?', 'is there an English version?']],
    ['When are cards released? Second question: what were the 2025 themes?', ['When are cards released?', 'what were the 2025 themes?']],
    ['可以上传附件吗？顺便问下PDF怎么转成Word', ['可以上传附件吗？', 'PDF怎么转成Word？']],
    ['登记表要填哪几项，另外，牵头单位最多多少字', ['登记表要填哪几项？', '牵头单位最多多少字？']],
  ])('finds where a message goes on to ask another thing: "%s"', (message, asked) => {
    expect(questionsAsked(message)).toEqual(asked);
  });

  it.each([
    '杭州还有哪些名片',
    '我们市又有钢铁又有陶瓷，还有港口，一个城市能不能同时有好几张产业名片？',
    '主导产业能填4个吗？金融、物流、电子、化工我们都想写',
    'What is the programme trying to achieve? I need the stated purposes for a lecture.',
  ])('finds one question where 还有 only lists, or a sentence only tells: "%s"', (message) => {
    expect(questionsAsked(message)).toEqual([]);
  });
});

describe('what was said before, pointed back to', () => {
  it.each([
    '前面那个数字是多少来着',
    '刚才说的那个呢',
    '那上面那个是啥',
    '上面说的那个，要钱吗',
    'What did you mean by that last part?',
    'what about the one before that?',
  ])('is not known here: "%s"', (question) => {
    expect(asksWhatNoDocumentSays(question)).toBe(true);
  });

  it('still reads a question that names what it asks (刚才那个问题我没看懂，登记表怎么填)', () => {
    expect(asksWhatNoDocumentSays('刚才那个问题我没看懂，登记表怎么填')).toBe(false);
  });

  it('is not counted as the cards of an industry (前面那个数字是多少来着)', async () => {
    const { rulesAlone, classified } = await answers('前面那个数字是多少来着', ':count');
    expect(rulesAlone.confident).toBe(false);
    expect(classified.confident).toBe(false);
  });
});

describe('other cards in English', () => {
  it.each(['How do I get a transport card in Wuhan?', 'Where can I buy a SIM card in Hangzhou?'])('is no question of the catalogue: "%s"', async (question) => {
    const { rulesAlone, classified } = await answers(question, ':cards');
    expect(rulesAlone.confident).toBe(false);
    expect(classified.confident).toBe(false);
  });
});

describe('a message addressed to a teacher', () => {
  it('reads past whom it is addressed to', () => {
    expect(withoutPreamble('老师，论文查重报告要跟终稿一起提交吗？')).toBe('论文查重报告要跟终稿一起提交吗？');
    expect(withoutPreamble('王老师您好，登记表怎么提交')).toBe('登记表怎么提交');
  });

  it('asks no person for it (老师，论文查重报告要跟终稿一起提交吗？)', async () => {
    const { rulesAlone } = await answers('老师，论文查重报告要跟终稿一起提交吗？', ':unsure');
    expect(rulesAlone).toMatchObject({ confident: false });
    expect(rulesAlone.basis).not.toBe('handoff');
  });

  it('still hands over when a person is asked for (老师，我要转人工)', async () => {
    const { rulesAlone } = await answers('老师，我要转人工', ':handoff');
    expect(rulesAlone).toMatchObject({ confident: true, handoff: true });
  });
});

describe("another app's procedures and a person's own affairs, in our words", () => {
  it.each([
    ['淘宝退款申请提交以后还能撤回吗', 'withdraw'],
    ['个税app上传附件有大小限制吗', 'form-attachments'],
    ['How to switch the 12306 app to English?', 'english-version'],
    ['粤省事有没有英文版', 'english-version'],
    ['问卷星填到一半的草稿会自动保存吗', 'drafts'],
    ['我女儿的留学申请被退回了，该怎么办？', 'returned'],
    ['我是学生，想问一下我的期末成绩审核完了没有', ':status'],
    ['停车申请被物业退回修改了，怎么重新提交', 'returned'],
  ])('is not sure of "%s", even when the classifier reads %s', async (question, label) => {
    const { rulesAlone, classified } = await answers(question, label);
    expect(rulesAlone.confident).toBe(false);
    expect(classified.confident).toBe(false);
  });

  it.each([
    ['安卓手机上传附件有大小限制吗', 'form-attachments'],
    ['小程序有英文版吗', 'english-version'],
  ])('still answers this app on a phone (%s)', async (question, label) => {
    const { classified } = await answers(question, label);
    expect(classified).toMatchObject({ confident: true, basis: label });
  });
});

describe('figures no document gives', () => {
  it.each(['黄埔区规上工业总产值有多少？', '株洲轨道交通装备产业的产值突破多少了', '2024年首发那30个城市的工业总产值加起来有多少', '基金', '基金？'])(
    'are not known here: "%s"',
    (question) => {
      expect(asksWhatNoDocumentSays(question)).toBe(true);
    },
  );

  it.each(['产值要到多少才能报', '产业名片发展基金是怎么运作的'])('leave a threshold or the programme\'s fund asked: "%s"', (question) => {
    expect(asksWhatNoDocumentSays(question)).toBe(false);
  });
});
