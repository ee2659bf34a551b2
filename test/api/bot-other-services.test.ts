// Other people's applications and services are not ours: "my visa application" is no application status, and "China
// Unicom's customer service" or 人工授精 is no request for the centre's staff. Each guard with the questions it must
// still answer.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../../server/src/modules/inquiries/bot/bot.js';
import { rulesAndClassified, withLoadedBot } from '../support/bot.js';
import type { TestDatabase } from '../support/db.js';

let db: TestDatabase;
let bot: Bot;
withLoadedBot((loaded) => {
  ({ db, bot } = loaded);
});

/** The rules alone (the classifier set aside, so that what it learnt cannot answer for them) read it as the asker's status. */
const expectStatusByRules = async (question: string) =>
  expect((await rulesAndClassified(bot, db, question)).rulesAlone).toMatchObject({ confident: true, basis: 'applications' });
/** The rules alone hand it over. */
const expectHandoffByRules = async (question: string) =>
  expect((await rulesAndClassified(bot, db, question)).rulesAlone).toMatchObject({ confident: true, handoff: true, basis: 'handoff' });

describe('another kind of application', () => {
  it.each(['我的签证申请到哪一步了', '我们的贷款审批进度怎么样', '我们厂申请的技改补贴批下来了没有', '我的公积金提取申请审核通过了吗'])(
    'is no status question: "%s"',
    async (question) => {
      const answer = await bot.answer(question, db.prisma);
      expect(answer.basis).not.toBe('applications');
      expect(answer.confident).toBe(false);
    },
  );

  it.each(['我朋友在别的市报的产业名片申请通过了没？', '隔壁县的名片申请批下来了吗'])('is no status question of the asker\'s own: "%s"', async (question) => {
    const answer = await bot.answer(question, db.prisma);
    expect(answer.basis).not.toBe('applications');
    expect(answer.confident).toBe(false);
  });

  it.each(['is my card application still under review', 'was my application returned or accepted?', 'tell me the progress of the application I submitted'])(
    'reads "%s" as a status question in English',
    async (question) => {
      expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, basis: 'applications' });
    },
  );

  // (From a review: another's named beside the asker's own, and words that only look like another's.)
  it.each(['别人的都通过了，我们的申请怎么还没结果？', '我们的申请通过了吗？朋友圈里说名单出了'])(
    'still reads "%s" as the asker\'s own status question',
    async (question) => {
      expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, basis: 'applications' });
    },
  );

  it.each(['When is the deadline for my card application?', 'Was my application rejected? Can I apply again next year?'])(
    'does not read "%s" as a status question: it asks something else of the application',
    async (question) => {
      expect((await bot.answer(question, db.prisma)).basis).not.toBe('applications');
    },
  );

  it.each(['我的申请到哪一步了', '查下我名下申请的状态', '我们县报的名片申请有结果了没有', '我们街道办申请的到哪了', 'Has my application been approved yet?'])(
    'still answers "%s" from the asker\'s applications',
    async (question) => {
      expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, basis: 'applications' });
    },
  );
});

describe('another service, or someone for company', () => {
  it.each([
    '淘宝的人工客服在哪里找',
    '顺丰快递打电话转人工要按几号键',
    '12306的人工客服怎么转',
    'I want to talk to an Amazon customer service agent.',
    // (Companies jieba reads as people's names, or that the cards' stories name: still another company's service.)
    '帮我转一下华为的人工客服',
    '海尔售后客服电话多少',
  ])('hands nothing over for "%s": another app or company is named, wherever it stands', async (question) => {
    expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: false });
  });

  it.each(['人工授精多少钱', '联通客服怎么转人工', '怎么转中国移动的人工客服', '银行的工作人员说我的卡被冻结了，怎么办', '我要找个人陪我聊天'])(
    'hands nothing over confidently for "%s"',
    async (question) => {
      expect((await bot.answer(question, db.prisma)).confident).toBe(false);
    },
  );

  it.each([
    '我要找真人客服',
    '轉人工客服，謝謝',
    '麻烦接一下人工，谢谢',
    '我要投诉，叫你们工作人员来处理',
    '找个人跟我聊聊',
    '找客服专员',
    '找负责人问问进度',
    '能派个工作人员陪我去吗',
    'transfer me to customer service pls',
    'I need to talk to the support team',
    // (From a review: a phone's system, where cards are shared, a word that is also a company's, and how the agent is.)
    'ios上小程序打不开，转人工',
    '分享到朋友圈的名片打不开，转人工',
    '本人菜鸟，麻烦转人工',
    'Can I talk to a technical support agent?',
    // (Someone to ring us back, asked for with a verb said twice.)
    '能不能安排个人给俺们局打个电话 当面讲讲',
  ])('still hands "%s" over to a person', async (question) => {
    expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, handoff: true, basis: 'handoff' });
  });
});

describe("老师 said in courtesy, and the form's contact person", () => {
  it.each([
    ['在线填报的入口在哪个位置 请指点一下 谢谢老师', false],
    ['老师我想问下参加这个要不要交钱', false],
    ['我是退休老师 这个小程序怎么登录啊', false],
    ['is job title required for contact person', false],
    ['contact person填领导还是具体办事的staff', false],
    ['老师，我要找人工', true],
    ['找中心的老师聊聊', true],
    ['老师在吗', true],
    ['麻烦老师联系我一下', true],
    ['谢谢老师帮我转一下', true],
    ['I want to contact staff', true],
    ['can i speak to the contact person', true],
    ['I need to talk to a real person about the contact person field', true],
  ])('"%s" asks for a person: %s', async (question, handoff) => {
    const answer = await bot.answer(question, db.prisma);
    expect(answer.basis === 'handoff').toBe(handoff);
  });
});

describe('how my application is doing, in more words (found on the blind set 81)', () => {
  it.each([
    '您好，请问我单位报送的产业名片申请目前处于什么状态',
    '我们市的表交上去到底有没有下文 领导天天催我问',
    '我们的申请交了，现在到哪一步了',
    '申请现在什么情况了 领导天天催我问', // (set 84: was the current deadline)
  ])('answers "%s" from the asker’s applications', async (question) => {
    expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, basis: 'applications' });
  });

  it.each(['育儿补贴申请交了，现在到哪一步了', '申请要经过哪几个阶段', '申请在什么阶段可以撤回', '申请什么情况下会被退回'])(
    'reads no status in "%s"',
    async (question) => {
      expect((await bot.answer(question, db.prisma)).basis).not.toBe('applications');
    },
  );
});

describe('the staff spoken of: their number, posts and lot (from the estimate’s off-topic answers)', () => {
  it.each(['当客服累不累啊', '中心的工作人员都是事业编吗', '负责产业名片这块的工作人员一共有几个人'])('hands nothing over for "%s"', async (question) => {
    expect((await bot.answer(question, db.prisma)).confident).toBe(false);
  });

  it.each(['我要找工作人员', '麻烦找个工作人员帮我看看登记表'])('still hands "%s" over', async (question) => {
    expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, handoff: true });
  });
});

describe("someone else's application, in English (found on the blind set 83)", () => {
  it.each(['Has Wenzhou submitted its registration form yet?', "what stage is Shenzhen's application at right now?"])(
    'is no status of the asker’s own: "%s"',
    async (question) => {
      expect((await bot.answer(question, db.prisma)).basis).not.toBe('applications');
    },
  );

  it.each(["has our city's application been accepted?", 'Has my application been approved?'])(
    'still answers "%s" from the asker’s applications',
    async (question) => {
      expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, basis: 'applications' });
    },
  );
});

describe('a person asked for in other words (found on the blind set 84)', () => {
  it.each(['这个问题太复杂了，你说不清楚，给我转个人吧', '你答不上来就算了 帮我叫下值班的同志'])('hands "%s" over', async (question) => {
    expect(await bot.answer(question, db.prisma)).toMatchObject({ confident: true, handoff: true, basis: 'handoff' });
  });

  it.each(['转个人账户要手续费吗', '值班的同志几点下班'])('hands nothing over for "%s"', async (question) => {
    expect((await bot.answer(question, db.prisma)).basis).not.toBe('handoff');
  });
});

describe('found on the blind sets 85–88: relatives, complaints and a form sent back', () => {
  it.each(['我堂哥市里交的登记表通过了吗', '我表姐县里报上去的申请有结果没'])('reads "%s" as no status of the asker\'s own', async (question) => {
    const { rulesAlone } = await rulesAndClassified(bot, db, question);
    expect(rulesAlone.basis).not.toBe('applications');
    expect(rulesAlone.confident).toBe(false);
  });

  it.each(['我要投诉！', '我想投诉，材料交了两个月没人回', '叫你们管事的来', '麻烦请负责这项工作的同志和我联系一下'])(
    'hands "%s" over by the rules alone',
    expectHandoffByRules,
  );

  it('hands nothing over for asking how to complain', async () => {
    expect((await bot.answer('投诉电话是多少', db.prisma)).basis).not.toBe('handoff');
  });

  it.each(['我们单位的登记表是不是被退回了', '俺们的登记表有没有被打回来'])('reads "%s" as the asker\'s status by the rules alone', expectStatusByRules);
});

describe('found on the blind sets 89–92: status and a person in fewer or plainer words', () => {
  it.each([
    '我的申请过了没有啊',
    '我们园区上个月交的表，现在啥情况',
    '上周提交的那个有回音没',
    '我那个申请签了没',
    'any update on the form we sent last month?',
    'did we get approved yet??',
    'I would like to know whether our submission has already been accepted, please.',
  ])('reads "%s" as the asker\'s status by the rules alone', expectStatusByRules);

  it.each([
    '过了截止日期还能交吗',
    'any news on the deadline?',
    '我们想申请，截止日期过了吗',
    '提交的申请什么情况下会被退回',
    'Any news about the application deadline?',
  ])('reads "%s" as no status', async (question) => {
    expect((await bot.answer(question, db.prisma)).basis).not.toBe('applications');
  });

  it.each(['Kindly transfer my query to the concerned officer.', 'Please put me through to a colleague.', '负责我们的是哪位老师，请他联系我'])(
    'hands "%s" over by the rules alone',
    expectHandoffByRules,
  );

  it.each([
    '审核我们的是哪位老师',
    'Does anyone answer if I ask for a human agent outside office hours?',
    'How do I reach a human at my airline?',
    'Let me talk to my colleague first',
    'Can I transfer the draft to a colleague?',
    '登记表是不是要找管事的签字？',
  ])('hands "%s" (asking who, when, or another company\'s) over to no one by the rules alone', async (question) => {
    const { rulesAlone } = await rulesAndClassified(bot, db, question);
    expect(rulesAlone.basis).not.toBe('handoff');
  });
});
