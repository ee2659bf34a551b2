// Found on the blind sets 167–198 (名片 in its other senses, government services, economics, other videos, English from
// investors and students, very short messages, companies, office work, travellers, the industries themselves, the centre
// as an organisation, Hong Kong and Taiwan, pinyin, numbers, homework, follow-ups, villages, journalists, complaints,
// technical problems, health, legal questions, elders, international comparisons): other hotlines, exams and cross-border
// papers, uploading read as hearsay, a heritage word read as a typo, agents of a trade, other centres, what a thing is for,
// sales asked in 亿, a teacher's instructions, English follow-ups that name nothing, status asked in a word, Cantonese,
// towns and villages applying, other kinds of application, how to complain, and details no document gives.
// Checked against a classifier sure of the wrong reading where the rule must hold alone.
import { describe, expect, it } from 'vitest';
import { asksApplicationStatus } from '../../server/src/modules/inquiries/bot/intents.js';
import { asksWhatNoDocumentSays } from '../../server/src/modules/inquiries/bot/unanswerable.js';
import { spokenAsWritten } from '../../server/src/modules/inquiries/bot/spoken.js';
import { rulesAgainstClassifierSureOf } from '../support/bot.js';

const answers = rulesAgainstClassifierSureOf();

describe("another service's hotline, exams and papers", () => {
  it.each([
    ['12345怎么转人工', ':handoff'],
    ['选调生的报名材料要哪些', 'materials'],
    ['港车北上 登记表怎么填', 'drafts'],
    ['台胞证申请要不要验证手机号码', 'verify-phone'],
    ['我们的贷款审批进度怎么样', ':status'],
  ])('is not sure of "%s", even when the classifier reads %s', async (question, label) => {
    const { classified } = await answers(question, label);
    expect(classified.confident).toBe(false);
  });

  it('still hands over when our own people are asked for (转人工)', async () => {
    const { classified } = await answers('怎么转人工', ':handoff');
    expect(classified).toMatchObject({ confident: true, handoff: true });
  });
});

describe('words read as they are meant', () => {
  it('reads uploading to Douyin as uploading, not as what Douyin says (抖音上传视频)', () => {
    expect(spokenAsWritten('抖音上传视频超过3分钟要怎么弄')).toBe('抖音上传视频超过3分钟要怎么弄');
    expect(spokenAsWritten('抖音上都在传产业名片要收费')).toBe('产业名片要收费');
  });

  it('does not read 非遗工坊 as 非一共坊 (a count of all the cards)', async () => {
    const { rulesAlone } = await answers('非遗工坊认定以后有补贴吗 非遗产业名片也给钱吗', ':unsure');
    expect(rulesAlone.basis ?? '').not.toMatch(/^count/);
    expect(rulesAlone.confident).toBe(false);
  });

  it.each([
    ['报咗名系咪一定入选', '报了名是不是一定入选'],
    ['递交之后大概几耐有结果', '递交之后大概多久有结果'],
    ['搵个职员同我讲啦', '找个职员同我讲'],
    ['签约之后中心会帮我哋做啲乜', '签约之后中心会帮我们做些什么'],
    ['而家仲可唔可以报名', '现在还可不可以报名'],
  ])('reads the Cantonese "%s" as "%s"', (question, read) => {
    expect(spokenAsWritten(question)).toBe(read);
  });

  it('keeps 系统 and 联系 as they are', () => {
    expect(spokenAsWritten('系统登录不了 联系谁')).toBe('系统登录不了 联系谁');
  });

  it('reads a late submission in Cantonese as late (迟咗交仲收唔收)', () => {
    expect(spokenAsWritten('迟咗交仲收唔收')).not.toContain('现在还能申请吗');
  });
});

describe('people asked for, or not', () => {
  it('does not hand a sourcing agent over as one of ours', async () => {
    const { classified } = await answers('need a sourcing agent in Foshan for furniture, any suggestion?', ':handoff');
    expect(classified.confident).toBe(false);
  });

  it('hands over "bot is useless, human agent now"', async () => {
    const { rulesAlone } = await answers('bot is useless, human agent now', ':unsure', 0.5);
    expect(rulesAlone).toMatchObject({ confident: true, handoff: true });
  });

  it('does not read what a teacher told a student as asking for a person (审核老师让改)', async () => {
    const { rulesAlone } = await answers('论文查重没过审核老师让改 怎么降重', ':unsure', 0.5);
    expect(rulesAlone.confident).toBe(false);
    expect(rulesAlone.basis).not.toBe('handoff');
  });
});

describe('what no document says', () => {
  it.each(['德化游客中心电话多少', '市政务服务中心在哪', 'and the second one?', 'what about that one'])('"%s"', (question) => {
    expect(asksWhatNoDocumentSays(question)).toBe(true);
  });

  it.each(['中心电话多少', '中国工业文化发展中心在哪', '大数据、数据中心相关的名片有哪些', 'which one is the second card?'])('not "%s"', (question) => {
    expect(asksWhatNoDocumentSays(question)).toBe(false);
  });
});

describe('the catalogue asked of, or the thing itself', () => {
  it('does not count the cards when sales are asked in 亿 (柳州螺蛳粉一年卖多少亿)', async () => {
    const { rulesAlone } = await answers('柳州螺蛳粉一年卖多少亿', ':unsure', 0.5);
    expect(rulesAlone.basis ?? '').not.toMatch(/^count/);
    expect(rulesAlone.confident).toBe(false);
  });

  it('is not sure what rare earths are used for, even when the classifier reads the cards', async () => {
    const { classified } = await answers('稀土有哪些用途 用在什么产品上', ':cards');
    expect(classified.confident).toBe(false);
  });

  it('still lists the rare-earth cards (做稀土的名片有哪些)', async () => {
    const { classified } = await answers('做稀土的名片有哪些', ':cards');
    expect(classified.basis).toMatch(/^cards/);
  });
});

describe('status asked in a word or two', () => {
  it.each(['进度', '我的进度', '审到哪了', '批了没', '到哪步了', 'status?', 'our status?'])('"%s" asks the status', (question) => {
    expect(asksApplicationStatus(question)).toBe(true);
  });

  it.each(['进度在哪看', '进度条', '审批流程'])('"%s" does not', (question) => {
    expect(asksApplicationStatus(question)).toBe(false);
  });
});

describe('towns, villages and other kinds of application', () => {
  it.each([
    ['我们镇能单独申请产业名片吗', 'county-eligible'],
    ['村一级可以报产业名片不', 'county-eligible'],
    ['我的采访申请提交给中心了 审核进度怎么查', 'review-time'],
    ['我们的贷款申请要准备什么材料', 'materials'],
  ])('is not sure of "%s", even when the classifier reads %s', async (question, label) => {
    const { classified } = await answers(question, label);
    expect(classified.confident).toBe(false);
  });

  it.each([
    ['我们县能单独申请吗', 'county-eligible'],
    ['我们县能单独申请产业名片吗', 'county-eligible'],
    ['我们的申请要准备什么材料', 'materials'],
  ])('still answers "%s" from %s', async (question, label) => {
    const { classified } = await answers(question, label);
    expect(classified).toMatchObject({ confident: true, basis: label });
  });
});

describe('complaints and details no document gives', () => {
  it('does not hand over when asked how to complain about a member of staff', async () => {
    const { classified } = await answers('你们工作人员态度太差了 怎么投诉某个具体的工作人员', ':handoff');
    expect(classified.basis).not.toBe('handoff');
  });

  it('does not hand over a complaint about another office when the classifier is sure nothing of ours is asked', async () => {
    const { classified } = await answers('政府采购中标结果有猫腻 我要投诉', ':unsure');
    expect(classified.confident).toBe(false);
  });

  it('still hands over a complaint about us (你们审核太慢了 我要投诉)', async () => {
    const { classified } = await answers('你们审核太慢了 我要投诉', ':handoff');
    expect(classified).toMatchObject({ confident: true, handoff: true });
  });

  it('still hands over 我要投诉工作人员', async () => {
    const { rulesAlone } = await answers('我要投诉工作人员', ':unsure', 0.5);
    expect(rulesAlone).toMatchObject({ confident: true, handoff: true });
  });

  it.each([
    '验证码多长时间过期',
    '申报材料里各地联系人电话能给我吗 想逐个打过去采访',
    'Can I get the raw scores behind the 2025 influential industry card list',
  ])('"%s" asks what no document says', (question) => {
    expect(asksWhatNoDocumentSays(question.toLowerCase())).toBe(true);
  });

  it.each(['收不到验证码怎么办', '联系人电话填谁的', 'how are the cards scored?'])('not "%s"', (question) => {
    expect(asksWhatNoDocumentSays(question)).toBe(false);
  });
});

describe('from sets 191-198 (voice input, events, jargon, heritage, place names, two requests at once)', () => {
  it.each([
    ['导航去德化陶瓷博物馆', ':cards'],
    ['What are the opening hours of the China Industrial Museum in Shenyang?', ':cards'],
    ['帮我直接把登记表填了吧 我们是德化县', 'form-fields'],
    ['call my son', 'deadline-first-call'],
  ])('is not sure of "%s", even when the classifier reads %s', async (question, label) => {
    const { classified } = await answers(question, label);
    expect(classified.confident).toBe(false);
  });

  it('does not hand over a question about how soon staff must reply', async () => {
    const { rulesAlone } = await answers('你们中心工作人员回复咨询有没有考核时限', ':unsure', 0.5);
    expect(rulesAlone.basis).not.toBe('handoff');
  });

  it.each([
    ['登记表要填哪些', 'form-fields'],
    ['我们县的登记表要填哪些', 'form-fields'],
  ])('still answers "%s" from %s', async (question, label) => {
    const { classified } = await answers(question, label);
    expect(classified).toMatchObject({ confident: true, basis: label });
  });

  it("still lists Shenyang's cards", async () => {
    const { classified } = await answers('沈阳有什么名片', ':cards');
    expect(classified.basis).toMatch(/^cards/);
  });
});
