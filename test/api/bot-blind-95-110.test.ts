// Found on the blind sets 95–110 (chatter in the chat box, near misses naming the catalogue's places, English from
// abroad, films and the app, officials' other applications, Cantonese, the elderly): messages that ask nothing, someone else's application, money sent to "someone", a card
// asked for by its title, English answers that named industries in Chinese, and requests for a person in more words.
// Each behaviour is checked with the rules alone (the classifier set aside), so that what it learnt cannot answer for them.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../../server/src/modules/inquiries/bot/bot.js';
import { asksApplicationStatus } from '../../server/src/modules/inquiries/bot/intents.js';
import { pleasantryOf } from '../../server/src/modules/inquiries/bot/pleasantries.js';
import { classifierSureOf, rulesAndClassified, withLoadedBot } from '../support/bot.js';
import type { TestDatabase } from '../support/db.js';

const linked = (answer: { sources: { url: string | null }[] }) => answer.sources.map((s) => s.url?.replace(/.*slug=/, ''));

let db: TestDatabase;
let bot: Bot;
withLoadedBot((loaded) => {
  ({ db, bot } = loaded);
});
/** The answer with the classifier set aside. */
const byRules = async (question: string) => (await rulesAndClassified(bot, db, question)).rulesAlone;
const published = (where: object) => db.prisma.card.findMany({ where: { status: 'PUBLISHED', ...where }, select: { slug: true } });

describe('messages that ask nothing', () => {
  it.each([
    ['谢谢', 'thanks', false],
    ['收到👌', 'ack', false],
    ['收到，谢谢', 'thanks', false],
    ['谢谢谢谢', 'thanks', false],
    ['好的再见', 'bye', false],
    ['嗯嗯嗯', 'ack', false],
    ['👍', 'ack', false],
    ['在吗', 'greeting', false],
    ['早上好老师', 'greeting', false],
    ['ok', 'ack', false], // typed by Chinese speakers too: answered in their language
    ['thanks', 'thanks', true],
    ['ok thanks bye', 'bye', true],
    ['Hi there', 'greeting', true],
    ['[图片]', 'attachment', false],
    ['[Voice]', 'attachment', true],
  ])('reads "%s" as a pleasantry (%s; English %s)', (message, kind, english) => {
    expect(pleasantryOf(message)).toEqual({ kind, english });
  });

  it.each(['你好，请问怎么申请', '好的，那登记表在哪下载', '谢谢你们的名片', '有人吗', '？？', '好的名片有哪些', 'ok what is a main card'])(
    'does not read "%s" as one',
    (message) => expect(pleasantryOf(message)).toBeNull(),
  );

  it.each([
    ['收到👌', /还有其他问题/],
    ['谢谢', /不客气/],
    ['thanks', /You're welcome/],
  ])('answers "%s" in kind: no entry that shares a word, no 转人工 button', async (message, reply) => {
    const answer = await byRules(message);
    expect(answer).toMatchObject({ confident: false, handoff: false, sources: [] });
    expect(answer.text).toMatch(reply);
  });

  it('asks for words instead of a picture, and offers a person to look at it', async () => {
    const answer = await byRules('[图片]');
    expect(answer).toMatchObject({ confident: false, handoff: true });
    expect(answer.text).toMatch(/看不了图片/);
  });

  it('still answers a question after a greeting', async () => {
    expect(await byRules('你好，请问怎么申请')).toMatchObject({ confident: true, basis: 'how-to-participate' });
  });

  it('is not sure about a verdict on the app (这个小程序做得真丑), which no entry answers, whatever the classifier reads', async () => {
    // (It once answered who may use the app: a classifier sure of that entry must not answer either.)
    const { rulesAlone, classified } = await rulesAndClassified(bot, db, '这个小程序做得真丑', classifierSureOf('who-can-use', 0.99));
    expect(rulesAlone.confident).toBe(false);
    expect(classified.confident).toBe(false);
  });
});

describe("someone else's application, and money sent to someone", () => {
  it.each(['我们邻县的申请批下来没有？', '隔壁镇报上去的申请通过了吗', '兄弟市的登记表交了没'])('reads "%s" as no status of the asker\'s', async (question) => {
    expect((await byRules(question)).basis).not.toBe('applications');
  });

  it.each(['我的驾照换证申请通过了吗', '我的护照续签申请到哪了'])(
    'reads "%s" as another kind of application, its kind two words before 申请',
    async (question) => {
      expect(await byRules(question)).toMatchObject({ confident: false });
    },
  );

  it('hands nothing over for "How do I transfer money to someone on WeChat?"', async () => {
    expect(await byRules('How do I transfer money to someone on WeChat?')).toMatchObject({ confident: false });
  });

  it.each([
    "I'd like to be transferred to a human agent.",
    'I want to make a complaint and speak to whoever is responsible at the centre.',
    '太慢了！等了半天，我要投诉，找你们领导',
  ])('hands "%s" over by the rules alone', async (question) => {
    expect(await byRules(question)).toMatchObject({ confident: true, handoff: true, basis: 'handoff' });
  });

  it('hands nothing over for asking whether a signature is needed (要找你们领导签字吗)', async () => {
    expect((await byRules('要找你们领导签字吗')).basis).not.toBe('handoff');
  });

  it.each([
    'Our county sent in its form last month. Any progress on it?',
    "Did the centre actually receive our submission? I can't tell whether it went through.",
  ])('reads "%s" as the asker\'s status', async (question) => {
    expect(asksApplicationStatus(question.toLowerCase())).toBe(true);
    expect((await rulesAndClassified(bot, db, question)).classified).toMatchObject({ confident: true, basis: 'applications' });
  });

  it("reads the first by the rules alone (every English word of it is an entry's)", async () => {
    expect(await byRules('Our county sent in its form last month. Any progress on it?')).toMatchObject({ confident: true, basis: 'applications' });
  });
});

describe('the catalogue, asked by a card title, a product and in English', () => {
  it.each([
    ['“中国电谷”是哪儿的？', 'baoding-electric-valley'],
    ['手撕钢之城在哪个城市', 'taiyuan-steel-and-heavy-machinery'],
    ['芯屏汽合是啥意思？哪个城市的', 'hefei-chips-screens-cars'],
  ])('answers "%s" with the card', async (question, slug) => {
    const answer = await byRules(question);
    expect(answer).toMatchObject({ confident: true, basis: `cards:${slug}` });
    expect(linked(answer)).toEqual([slug]);
  });

  it('is not sure why a place was chosen (凭什么进名片), whatever card it names', async () => {
    expect(await byRules('柳州螺蛳粉也算工业吗，凭什么进名片？')).toMatchObject({ confident: false });
  });

  it("is not sure where a card's showroom is (中国电谷的展示中心在哪): the catalogue does not say", async () => {
    expect(await byRules('中国电谷的展示中心在哪')).toMatchObject({ confident: false });
  });

  it('reads 瓷器 as the ceramics cards, and lists a theme asked with 列一下', async () => {
    const ceramics = await db.prisma.card.findMany({ where: { status: 'PUBLISHED', industries: { has: '陶瓷' } }, select: { slug: true } });
    expect(ceramics.length).toBeGreaterThan(1);
    expect(linked(await byRules('瓷器的產業名片有哪些')).sort()).toEqual(ceramics.map((c) => c.slug).sort());
    const upgrade = await published({ themes: { has: 'UPGRADE_RENEWAL' } });
    const listed = await byRules('升级更新城市产业名片列一下');
    expect(listed.basis).toBe('cards:UPGRADE_RENEWAL');
    expect(linked(listed).sort()).toEqual(upgrade.map((c) => c.slug).sort());
    expect(upgrade.length).toBeGreaterThan(8);
  });

  it('names the industries in English in an English answer (it said "Published industry cards in 陶瓷")', async () => {
    const answer = await byRules('Which places have a ceramics industry card?');
    expect(answer.basis).toBe('cards:陶瓷');
    expect(answer.text).toMatch(/^Published industry cards in ceramics \(\d+\)/);
    expect(answer.text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    ['Is there an industry card for anywhere in Tibet?', 'cards:540000'],
    ['Does Shenzhen have an industry card yet?', 'cards:440300'],
    ['Which main cards came out in 2024?', 'cards:MAIN/2024'],
    ['How many innovative-consumption cards have been published?', 'count:INNOVATIVE_CONSUMPTION'],
  ])('reads "%s" in the catalogue', async (question, basis) => {
    expect(await byRules(question)).toMatchObject({ confident: true, basis });
  });
});

describe('found on the blind sets 99–102', () => {
  it.each(['我们报的绿色工厂到哪一步了？', '我们申报的专精特新到哪一步了'])('reads "%s" as another programme\'s application, no status', async (question) => {
    expect(await byRules(question)).toMatchObject({ confident: false });
  });

  it.each(['women de chanye mingpian shenqing dao na yi bu le', '我方产业名片申请是否已进入签约环节，请予告知'])(
    'reads "%s" as the asker\'s status by the rules alone',
    async (question) => {
      expect(await byRules(question)).toMatchObject({ confident: true, basis: 'applications' });
    },
  );

  it.each(["I'd rather deal with a human than a bot. Can you put me through?", 'Please transfer me to whoever handles applications at the centre.'])(
    'hands "%s" over by the rules alone',
    async (question) => {
      expect(await byRules(question)).toMatchObject({ confident: true, handoff: true, basis: 'handoff' });
    },
  );

  it('hands nothing over for a speaker invited to a conference', async () => {
    const answer = await byRules("Could someone from the centre speak at our chamber of commerce's annual conference in Shanghai?");
    expect(answer.basis).not.toBe('handoff');
  });

  it.each(['看了株洲的名片，想问问电力机车和高铁有啥区别，孙子问我我也说不上来', "Is Xiong'an New Area a province-level region?", '雄安新区是省级行政区吗'])(
    'is not sure about "%s", general knowledge, even with a classifier sure the cards are asked',
    async (question) => {
      const { rulesAlone, classified } = await rulesAndClassified(bot, db, question, classifierSureOf(':cards', 0.999));
      expect(rulesAlone.confident).toBe(false);
      expect(classified.confident).toBe(false);
    },
  );

  it('still tells the tiers apart (主名片和特色名片有啥区别) and reads a county-level city as a county', async () => {
    expect(await byRules('主名片和特色名片有啥区别')).toMatchObject({ confident: true, basis: 'tier-difference' });
    expect(await byRules('县级市算县级吗')).toMatchObject({ confident: true, basis: 'county-eligible' });
  });

  it.each([
    ['廣東省有幾多張名片', 'count:440000'],
    ['shandong yigong you ji zhang chanye mingpian', 'count:370000'],
    ['How many cards carry the upgrade-and-renewal theme?', 'count:UPGRADE_RENEWAL'],
    ['How many cards in the app are dated 2025?', 'count:2025'],
    ['Does Beijing have any cards in your catalogue?', 'cards:110000'],
  ])('reads "%s" in the catalogue', async (question, basis) => {
    expect(await byRules(question)).toMatchObject({ confident: true, basis });
  });
});

describe('found on the blind sets 103–106: parts of the country, and several places at once', () => {
  const inAnyOf = async (...codes: string[]) =>
    (await published({ region: { OR: codes.flatMap((code) => [{ code }, { ancestorCodes: { has: code } }]) } })).map((c) => c.slug).sort();

  it.each([
    ['东北三省有哪些产业名片', ['210000', '220000', '230000']],
    ['西北几个省区有哪些名片', ['610000', '620000', '630000', '640000', '650000']],
    ['陕西、甘肃、宁夏、新疆、青海这几个西北省区各有哪些产业名片？', ['610000', '620000', '630000', '640000', '650000']],
    ['杭州和宁波有哪些名片', ['330100', '330200']],
    ['Which cards are in the Yangtze River Delta?', ['310000', '320000', '330000', '340000']],
  ])('lists every card of "%s"', async (question, codes) => {
    const expected = await inAnyOf(...codes);
    expect(expected.length).toBeGreaterThan(1);
    const answer = await byRules(question);
    expect(answer).toMatchObject({ confident: true });
    expect(linked(answer).sort()).toEqual(expected);
  });

  it('names the places listed in English as a list', async () => {
    expect((await byRules('Hangzhou and Ningbo cards?')).text).toMatch(/^Published industry cards in Hangzhou and Ningbo \(\d+\)/);
  });

  it('counts the mainland Greater Bay Area from live data', async () => {
    const count = (await inAnyOf('440100', '440300', '440400', '440600', '440700', '441200', '441300', '441900', '442000')).length;
    const answer = await byRules('大湾区有几张名片');
    expect(answer.basis).toMatch(/^count:/);
    expect(answer.text).toMatch(new RegExp(`(^|\\D)${count}(\\D|$)`));
  });

  it('still reads how two places differ as no catalogue question', async () => {
    expect(await byRules('杭州和宁波的名片有什么区别')).toMatchObject({ confident: false });
  });
});

describe('found on the blind sets 107–110', () => {
  it.each(['12306登录不上去怎么办', '淘宝账号被封了怎么办'])(
    'is not sure about "%s", another company\'s app, even with a classifier sure of the sign-in entry',
    async (question) => {
      const { rulesAlone, classified } = await rulesAndClassified(bot, db, question, classifierSureOf('sign-in', 0.999));
      expect(rulesAlone.confident).toBe(false);
      expect(classified.confident).toBe(false);
    },
  );

  it('still answers signing in to this app', async () => {
    expect(await byRules('小程序登录不上去怎么办')).toMatchObject({ confident: true, basis: 'sign-in' });
  });
});

describe("from a review of the day's rules: what they must leave alone", () => {
  it.each([
    ['I need to talk to the staff about our session', 'handoff'],
    ['I want to talk to someone about transferring funds', 'handoff'],
    ['我们集团的申请到哪一步了', 'applications'],
    ['我想看看杭州和宁波的名片', 'cards:330100+330200'],
    ['What cards do Hangzhou and Ningbo have?', 'cards:330100+330200'],
    ['长三角的合肥有哪些名片', 'cards:340100'],
    ['辽宁、吉林、黑龙江这东北三省有哪些产业名片？', 'cards:210000+220000+230000'],
  ])('answers "%s" (%s)', async (question, basis) => {
    expect(await byRules(question)).toMatchObject({ confident: true, basis });
  });

  it.each(['Can our card be transferred to other people?', '想让你们领导来我们县调研一下'])('hands nothing over for "%s"', async (question) => {
    expect((await byRules(question)).basis).not.toBe('handoff');
  });

  it.each(['我们申报后是否进入专家评审环节？', '申请到那一步要盖章吗', '小程序能用支付宝登录吗'])(
    'reads "%s" as no status of the asker\'s',
    async (question) => {
      expect((await byRules(question)).basis).not.toBe('applications');
      expect(await bot.answer(question, db.prisma)).not.toMatchObject({ basis: 'applications' });
    },
  );

  it('reads 謝謝 as thanks, and neither 👎 nor 嗯？ as a nod', () => {
    expect(pleasantryOf('👎')).toBeNull();
    expect(pleasantryOf('嗯？')).toBeNull();
  });

  it('answers 謝謝 in kind', async () => {
    expect((await byRules('謝謝')).basis).toBe('chat:thanks');
  });
});
