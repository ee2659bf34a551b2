// Found on the blind sets 199–206 (other programmes' titles, two requests in one message, follow-ups, messages sent to the
// wrong chat, near-misses in Chinese and English, money and procurement, villages): a message asking two things that two
// entries answer, each alone, was answered by one of them as if that were all; what was said before, pointed back to;
// other cards in English (a transport card); a message addressed to a teacher (老师，…) read as asking for a person.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../../server/src/modules/inquiries/bot/bot.js';
import { withoutPreamble } from '../../server/src/modules/inquiries/bot/preamble.js';
import { asksWhatNoDocumentSays } from '../../server/src/modules/inquiries/bot/unanswerable.js';
import type { TestDatabase } from '../support/db.js';
import { rulesAgainstClassifierSureOf, withLoadedBot } from '../support/bot.js';

const answers = rulesAgainstClassifierSureOf();
let opened: { db: TestDatabase; bot: Bot } | undefined;
withLoadedBot((loaded) => {
  opened = loaded;
});
const ask = (question: string) => opened!.bot.answer(question, opened!.db.prisma);

describe('a message asking two things', () => {
  it.each([
    ['主导产业最多填几个？联系电话能填座机吗？', ['主导产业最多填几个？', '联系电话能填座机吗？']],
    ['合作协议里都写些什么？签约后中心给我们做哪些事？', ['合作协议里都写些什么？', '签约后中心给我们做哪些事？']],
    ['What is a featured card, and how many applications can one region submit?', ['What is a featured card?', 'how many applications can one region submit?']],
  ])('is not answered by one entry as if that were all: "%s" offers each question to tap', async (question, asked) => {
    const answer = await ask(question);
    expect(answer).toMatchObject({ confident: false, handoff: true, suggestions: asked });
    // (Each question, tapped, is answered on its own.)
    for (const one of asked) expect((await ask(one)).confident).toBe(true);
  });

  it.each([
    ['How do I get in touch with the centre? Is there a phone number?', 'contact-centre'],
    ['撤回后还能恢复吗？怎么撤回？', 'withdraw'],
  ])('is answered when the second question only puts the first again: "%s"', async (question, key) => {
    expect(await ask(question)).toMatchObject({ confident: true, basis: key });
  });

  it('says so in English for an English message', async () => {
    expect((await ask('What is a featured card, and how many applications can one region submit?')).text).toMatch(/more than one question/);
  });
});

describe('what was said before, pointed back to', () => {
  it.each(['前面那个数字是多少来着', '刚才说的那个呢', '那上面那个是啥'])('is not known here: "%s"', (question) => {
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
