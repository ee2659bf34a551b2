// How the bot reads a question before answering it: spoken forms, an official's introduction, pinyin
// typed without an input method, and which Latin text is English. Each case is one a review found or
// one the rule must leave alone.
import { describe, expect, it } from 'vitest';
import { faqIntent } from '../../server/src/modules/inquiries/bot/intents.js';
import { isPinyin, languageOf } from '../../server/src/modules/inquiries/bot/language.js';
import { PinyinReader } from '../../server/src/modules/inquiries/bot/pinyin-reading.js';
import { withoutPreamble } from '../../server/src/modules/inquiries/bot/preamble.js';
import { spokenAsWritten } from '../../server/src/modules/inquiries/bot/spoken.js';
import { asksWhatNoDocumentSays } from '../../server/src/modules/inquiries/bot/unanswerable.js';

describe('spoken forms', () => {
  it.each([
    ['俺们县想报这个名片，中不中？', '我们县想申请这个名片，行吗？'],
    ['这回没给过，那还能接着再报不', '这回未通过，那还能接着再申请不'],
    ['那个三分钟的片子搁哪看', '那个三分钟的片子在哪里看'],
  ])('reads "%s" as "%s"', (spoken, written) => {
    expect(spokenAsWritten(spoken)).toBe(written);
  });

  it.each(['还要报批吗', '需要报送什么材料', '要报账吗', '集中不中断', '登记表今天能完成不？', '截止时间过没过？', '银行不？'])(
    'leaves the words of "%s" alone',
    (text) => {
      expect(spokenAsWritten(text)).toBe(text);
    },
  );
});

describe("an official's introduction", () => {
  it.each([
    ['我是xx县发改局的，领导让我问一下，我们县能单独申请吗', '我们县能单独申请吗'],
    ['我是高新区管委会的，申请要交钱吗', '申请要交钱吗'],
    ['我是管委会办公室的，申请要交钱吗', '申请要交钱吗'],
  ])('reads past it in "%s"', (text, question) => {
    expect(withoutPreamble(text)).toBe(question);
  });

  it.each(['我们是高新区，也能报这个名片吗', '申报单位要了解哪些要求', '牵头单位要咨询谁', '主管单位要问什么'])('keeps "%s", which is the question', (text) => {
    expect(withoutPreamble(text)).toBe(text);
  });
});

describe('pinyin', () => {
  const reader = new PinyinReader(() => ['绿色', '产业名片', '名片', '申请', '登记表', '在', '哪里', '下载', '吗']);

  it('reads words typed apart, together, and with ü typed as v', () => {
    expect(reader.read('mingpian shenqing')).toBe('名片申请');
    expect(reader.read('dengjibiaozainalixiazai')).toBe('登记表在哪里下载');
    expect(reader.read('lvse mingpian')).toBe('绿色名片');
  });

  it('leaves text alone that spells no known words, however long', () => {
    expect(reader.read('tell me')).toBe('tell me');
    const long = `${'a'.repeat(5000)} xyz`;
    expect(reader.read(long)).toBe(long);
  });

  it('tells pinyin from English', () => {
    expect(isPinyin('mingpian')).toBe(true);
    expect(isPinyin('ceramics')).toBe(false);
    expect(languageOf('hangzhou you shenme mingpian')).toBe('zh');
    expect(languageOf('Can we?')).toBe('en');
    expect(languageOf('How do I apply?')).toBe('en');
  });
});

describe('found on the blind sets 85–88', () => {
  it("reads what another paper says as no question about the form's fields", () => {
    expect(faqIntent('签的合作协议里都写些什么')).toBeNull();
    expect(faqIntent('登记表要填些什么')).toBe('form-fields');
  });

  it('takes which member of staff handles ours for what no document says, not who reviews (the centre)', () => {
    expect(asksWhatNoDocumentSays('审核我们的是哪位老师')).toBe(true);
    expect(asksWhatNoDocumentSays('提交后负责审核的是谁')).toBe(false);
  });

  it('reads English words mistyped on a phone', () => {
    expect(spokenAsWritten('whats the dedline this year')).toBe('whats the deadline this year');
    expect(spokenAsWritten('status of my aplication')).toBe('status of my application');
  });
});
