// Found on the blind sets 135–158 (parents and homework, news, farming towns, complaints, companies, health and safety,
// hypotheticals, Chinglish, travel, jobs, journalists, forwarded messages, dialects, follow-ups, money, privacy, village
// elders, comparisons, technology, the app for the elderly, official language, dates, English from everywhere, numbers): things
// no card speaks of beside a card's place and industry, other ministries' titles for towns and parks, a child's purpose
// after the question, a place with one within it counted too, places listed after a clause, parts of the country (东北,
// 江浙), an application sent back or stuck, English as Chinese speakers write it, a person's own affairs with other offices,
// screenshots, and places compared. Checked against a classifier sure of
// the wrong reading where the rule must hold alone.
import { describe, expect, it } from 'vitest';
import { asksApplicationStatus } from '../../server/src/modules/inquiries/bot/intents.js';
import { asksWhatNoDocumentSays } from '../../server/src/modules/inquiries/bot/unanswerable.js';
import { withoutWhyAsked } from '../../server/src/modules/inquiries/bot/preamble.js';
import { rulesAgainstClassifierSureOf } from '../support/bot.js';

const answers = rulesAgainstClassifierSureOf();

describe('things no document or card speaks of, beside a place and an industry', () => {
  it('is not sure whether a distillery pollutes a river, even when the classifier reads the cards', async () => {
    const { classified } = await answers('遵义白酒厂的酒糟废水有没有污染赤水河', ':cards');
    expect(classified.confident).toBe(false);
  });

  it('still answers the cards when only a doing is new (白酒产区有做成名片的吗)', async () => {
    const { classified } = await answers('白酒产区有做成名片的吗', ':cards');
    expect(classified).toMatchObject({ confident: true });
    expect(classified.basis).toMatch(/^cards/);
  });

  it('does not read what dishes a banquet has (洛阳水席都有啥菜) as a question of the catalogue', async () => {
    const { rulesAlone } = await answers('洛阳水席都有啥菜', ':unsure');
    expect(rulesAlone.confident).toBe(false);
  });
});

describe("other ministries' titles for towns, villages and parks", () => {
  it.each([
    ['农业产业强镇需要准备哪些申报材料', 'materials'],
    ['一村一品示范村镇怎么申报', 'how-to-participate'],
    ['国家现代农业产业园的申报条件是什么', 'who-may-apply'],
  ])('is not sure of "%s", even when the classifier reads %s', async (question, label) => {
    const { classified } = await answers(question, label);
    expect(classified.confident).toBe(false);
  });
});

describe('a child’s purpose after the question', () => {
  it.each([
    ['产业名片是什么意思？孩子作业要用', '产业名片是什么意思？'],
    ['湖南有哪些产业名片？暑假想带孩子去湖南转转', '湖南有哪些产业名片？'],
    ['What is the industry card programme? My son needs one paragraph for his school report.', 'What is the industry card programme?'],
  ])('reads "%s" as "%s"', (question, read) => {
    expect(withoutWhyAsked(question)).toBe(read);
  });

  it.each([
    '2022年首批签约的有哪些城市？孩子想写写家乡是不是第一批',
    '有补贴吗？我们村想搞民宿',
    'Is there a fee? I want to apply for a visa.',
    '湖南有哪些产业名片？孩子作业要用，帮忙写一段介绍',
  ])('keeps what follows when it asks or is no child’s purpose: "%s"', (question) => {
    expect(withoutWhyAsked(question)).toBe(question);
  });
});

describe('places: one within another counted too, a list after a clause, parts of the country', () => {
  it.each([
    ['杭州有哪些名片？钱塘区的也算上', 'cards:330100'],
    ['杭州（含钱塘区）有几张名片', 'count:330100'],
    ['钱塘区有什么名片', 'cards:330114'],
    ['搞矿的城市有没有名片，比如郴州、包头、赣州', 'cards:431000+150200+360700'],
    ['东北一共几张产业名片啊', 'count:210000+220000+230000'],
    ['江浙沪有哪些名片', 'cards:310000+320000+330000'],
    ['江浙两省的主名片有哪些', 'cards:320000+330000/MAIN'],
  ])('reads "%s" as %s (the classifier sure only of the kind)', async (question, basis) => {
    const kind = basis.split(':')[0] === 'count' ? ':count' : ':cards';
    expect((await answers(question, kind)).classified).toMatchObject({ confident: true, basis });
  });

  it.each(['东北话怎么说', '江浙沪包邮吗'])(
    'is not sure of "%s" (no part of the country asked of), even when the classifier reads the cards',
    async (question) => {
      const { classified } = await answers(question, ':cards');
      expect(classified.confident).toBe(false);
    },
  );

  it('reads 黑龙江浙江 as the two provinces, not 江浙', async () => {
    expect((await answers('黑龙江浙江有哪些名片', ':cards')).classified).toMatchObject({ confident: true, basis: 'cards:230000+330000' });
  });

  it('does not count 钱塘区 in when it is left out (杭州不含钱塘区有几张名片)', async () => {
    expect((await answers('杭州不含钱塘区有几张名片', ':count')).classified.basis).not.toBe('count:330100');
  });
});

describe('English as Chinese speakers write it', () => {
  it.each([
    ['Qingdao have card or not?', 'cards:370200'],
    ['Sichuan sheng card', 'cards:510000'],
    ['Fujian sheng how many industry card', 'count:350000'],
  ])('answers "%s" from the catalogue by the rules alone', async (question, basis) => {
    const { rulesAlone } = await answers(question, ':unsure');
    expect(rulesAlone).toMatchObject({ confident: true, basis });
  });

  it('is not sure whether Qingdao beer is good, even when the classifier reads the cards', async () => {
    const { classified } = await answers('Is Qingdao beer good or not?', ':cards');
    expect(classified.confident).toBe(false);
  });
});

describe('an application sent back or stuck', () => {
  it.each([
    ['我的申请被退回了吗，帮我看看', true],
    ['我那份申请 被退回了没', true],
    ['我的申请被退回了怎么改', false],
  ])('reads "%s" as asking the status: %s', (question, asked) => {
    expect(asksApplicationStatus(question)).toBe(asked);
  });

  it.each(['我那份申请是不是卡住了？帮我看看现在在哪一步', 'How is my application doing?'])(
    'answers "%s" with the status by the rules alone (an application stuck is no trouble with the app)',
    async (question) => {
      const { rulesAlone } = await answers(question, ':unsure');
      expect(rulesAlone).toMatchObject({ confident: true, basis: 'applications' });
    },
  );
});

describe("a person's own affairs with other offices, and screenshots", () => {
  it.each([
    ['医保断缴了，过了截止时间还能补交吗', 'late-submission'],
    ['社保断缴了，过了截止时间还能补交吗', 'late-submission'],
    ['怎么把这个页面截个图发给女儿', 'share'],
  ])('is not sure of "%s", even when the classifier reads %s', async (question, label) => {
    const { classified } = await answers(question, label);
    expect(classified.confident).toBe(false);
  });

  it('still answers whether the figures of a card screenshotted in a group are official', async () => {
    const { classified } = await answers('有人在群里截图你们的名片说是官方名单，这些数据准吗？', 'sample-data');
    expect(classified).toMatchObject({ confident: true, basis: 'sample-data' });
  });
});

describe('places compared, with the question after them', () => {
  it.each([
    ['义乌和临沂，哪个在目录里有名片？', 'cards:330782+371300'],
    ['西安和合肥都说自己是科创之城，你们这里它俩的名片是啥', 'cards:610100+340100'],
    ['沈阳、长春、哈尔滨，东北三个老工业城市的名片都有啥', 'cards:210100+220100+230100'],
  ])('reads "%s" as %s (the classifier sure only that the cards are asked)', async (question, basis) => {
    expect((await answers(question, ':cards')).classified).toMatchObject({ confident: true, basis });
  });
});

describe('from a review of the day’s rules', () => {
  it.each(['申报材料里的截图怎么上传', '怎么证明已提交,截个图行吗'])('still reads "%s" as a question some document may answer', (question) => {
    expect(asksWhatNoDocumentSays(question)).toBe(false);
  });

  it.each(['怎么把这个页面截个图发给女儿', '微信新消息不提醒了怎么办'])('knows no document says "%s"', (question) => {
    expect(asksWhatNoDocumentSays(question)).toBe(true);
  });

  it.each([
    ['我的申请被退回了没法修改怎么办', false],
    ['我的申请被退回了吗', true],
  ])('reads "%s" as asking the status: %s', (question, asked) => {
    expect(asksApplicationStatus(question)).toBe(asked);
  });

  it('gives no status for trouble submitting in the app (我在小程序上提交申请一直卡住)', async () => {
    const { rulesAlone } = await answers('我在小程序上提交申请一直卡住', ':unsure');
    expect(rulesAlone.basis).not.toBe('applications');
  });

  it('gives no status for an application they made in the city (他们在市里报的名片申请到哪一步了)', async () => {
    const { classified } = await answers('他们在市里报的名片申请到哪一步了', ':status');
    expect(classified.confident).toBe(false);
  });

  it('answers our materials after a clause naming another programme as the applicant (我们是专精特新，需要准备哪些材料)', async () => {
    const { classified } = await answers('我们是专精特新，需要准备哪些材料', 'materials');
    expect(classified).toMatchObject({ confident: true, basis: 'materials' });
  });

  it('is not sure whether the commerce ministry named five cities, even when the classifier reads the cards', async () => {
    const { classified } = await answers('商务部首批国际消费中心城市是上海、北京、广州、天津、重庆这5个吗？', ':cards');
    expect(classified.confident).toBe(false);
  });
});
