import { afterEach, describe, expect, it } from 'vitest';
import { validateApplication } from '@cards/schema/rules';
import { resetLangForTests, setLang } from '../i18n/store';
import { CombinedError } from '@urql/core';
import { errorMessage, toOutcome, uploadOutcome } from './mutate';

// What the server sends for a lead organisation that is too long: its Chinese sentence, the rule and its number.
const refusal = {
  __typename: 'ValidationError',
  message: '牵头单位不能超过 60 个字（中文按一个字计）',
  code: 'INVALID_INPUT',
  fieldErrors: [
    { field: 'leadUnit', message: '牵头单位不能超过 60 个字（中文按一个字计）', code: 'TOO_LONG', params: [{ name: 'max', value: '60' }] },
    { field: 'regionCode', message: '申请区域：湘西州在本次征集中已有进行中的申请', code: null, params: [] },
  ],
};

describe('field errors in the user’s language', () => {
  afterEach(() => resetLangForTests());

  it('words a known rule in English from its code and numbers', () => {
    setLang('en');
    const outcome = toOutcome(refusal, 'fallback');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.fieldErrors.leadUnit).toBe('Lead organisation can be at most 60 characters');
    // A refusal that is not one of the shared rules keeps the server's sentence.
    expect(outcome.error.fieldErrors.regionCode).toBe(refusal.fieldErrors[1].message);
  });

  it('keeps the Chinese sentence in Chinese', () => {
    setLang('zh');
    const outcome = toOutcome(refusal, 'fallback');
    if (outcome.ok) throw new Error('expected a refusal');
    expect(outcome.error.fieldErrors.leadUnit).toBe('牵头单位不能超过 60 个字（中文按一个字计）');
  });

  it('the shared rules word the same errors in both languages', () => {
    const input = { leadUnit: '局', phone: '123', leadingIndustries: ['a', 'a'] };
    expect(validateApplication(input, 'draft', 'zh').map((e) => e.message)).toEqual([
      '牵头单位至少 2 个字',
      '主导产业不能重复',
      '联系电话格式不正确：请填写 11 位手机号，或带区号的座机号（如 010-12345678）',
    ]);
    expect(validateApplication(input, 'draft', 'en').map((e) => [e.field, e.code, e.message])).toEqual([
      ['leadUnit', 'TOO_SHORT', 'Lead organisation needs at least 2 characters'],
      ['leadingIndustries', 'DUPLICATE_ITEMS', 'Leading industries cannot repeat'],
      ['phone', 'INVALID_PHONE', 'Contact phone is not valid: give an 11-digit mobile number, or a landline with its area code (e.g. 010-12345678)'],
    ]);
    expect(validateApplication({}, 'submit', 'en').find((e) => e.field === 'regionCode')?.message).toBe('Please choose region');
  });
});

describe('server refusals in the user’s language', () => {
  afterEach(() => resetLangForTests());
  const refused = { __typename: 'ActionRefused', message: '请先验证手机号后再申请', code: 'PHONE_REQUIRED' };
  const graphqlError = (message: string, code?: string) => new CombinedError({ graphQLErrors: [{ message, extensions: code ? { code } : {} }] });

  it('shows the English of a known code, the server’s bracketed English, or its sentence', () => {
    setLang('en');
    const outcome = toOutcome(refused, 'fallback');
    if (outcome.ok) throw new Error('expected a refusal');
    expect(outcome.error.message).toBe('Please verify your mobile number before applying');
    expect(errorMessage(graphqlError('请先登录', 'SIGN_IN_REQUIRED'), 'x')).toBe('Please sign in first');
    expect(errorMessage(graphqlError('名片不存在（Card not found）', 'SOMETHING_NEW'), 'x')).toBe('Card not found');
    expect(errorMessage(graphqlError('未知的错误'), 'x')).toBe('未知的错误');
  });

  it('keeps the server’s Chinese in Chinese', () => {
    setLang('zh');
    const outcome = toOutcome(refused, 'fallback');
    if (outcome.ok) throw new Error('expected a refusal');
    expect(outcome.error.message).toBe('请先验证手机号后再申请');
    expect(errorMessage(graphqlError('请先登录', 'SIGN_IN_REQUIRED'), 'x')).toBe('请先登录');
  });
});

describe('uploadOutcome', () => {
  it('reads the mutation field of a multipart answer: success or typed error', () => {
    const ok = uploadOutcome<{ id: string }>('attachFilmSubtitle', 200, JSON.stringify({ data: { attachFilmSubtitle: { __typename: 'Film', id: 'f1' } } }));
    expect(ok).toEqual({ ok: true, value: { __typename: 'Film', id: 'f1' } });
    const refused = uploadOutcome(
      'attachFilmSubtitle',
      200,
      JSON.stringify({
        data: { attachFilmSubtitle: { __typename: 'ValidationError', message: '字幕格式不正确', fieldErrors: [{ field: 'file', message: '字幕格式不正确' }] } },
      }),
    );
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', fieldErrors: { file: '字幕格式不正确' } } });
  });

  it('turns GraphQL errors and unreadable answers into a network failure with a message', () => {
    expect(uploadOutcome('x', 200, JSON.stringify({ errors: [{ message: '请先登录' }] }))).toMatchObject({
      ok: false,
      error: { kind: 'network', message: '请先登录' },
    });
    expect(uploadOutcome('x', 502, '<html>')).toMatchObject({ ok: false, error: { kind: 'network', message: '上传失败（HTTP 502）' } });
  });
});
