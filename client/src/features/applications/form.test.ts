import { describe, expect, it } from 'vitest';
import { draftInput, emptyForm, errorMap, isBlank, toInput, type FormState } from './form';

const region = {
  code: '632801',
  name: '格尔木市',
  shortName: '格尔木',
  fullName: '青海省 · 海西蒙古族藏族自治州 · 格尔木市',
  fullNameEn: 'Qinghai · Haixi · Golmud',
  nameEn: 'Golmud',
  level: 'COUNTY' as const,
};

const filled: FormState = {
  region,
  leadUnit: '格尔木市工业和信息化局',
  leadingIndustries: ['盐湖化工'],
  featuredIndustries: [],
  intro: '柴达木盆地腹地的工业城市。',
  contactName: '王芳',
  contactTitle: '科长',
  phone: '0979-8412345',
};

describe('application form state', () => {
  it('sends the whole form as ApplicationInput', () => {
    expect(toInput(filled)).toEqual({
      regionCode: '632801',
      leadUnit: '格尔木市工业和信息化局',
      leadingIndustries: ['盐湖化工'],
      featuredIndustries: [],
      intro: '柴达木盆地腹地的工业城市。',
      contactName: '王芳',
      contactTitle: '科长',
      phone: '0979-8412345',
    });
    expect(isBlank(emptyForm)).toBe(true);
    expect(isBlank({ ...emptyForm, phone: '1' })).toBe(false);
  });

  it('checks drafts leniently and submissions fully, in Chinese', () => {
    expect(errorMap(emptyForm, 'draft')).toEqual({});
    const submit = errorMap(emptyForm, 'submit');
    expect(submit.regionCode).toBe('请选择申请区域');
    expect(submit.leadingIndustries).toBe('请至少填写 1 项主导产业');
    expect(errorMap({ ...filled, phone: '12345' }, 'draft').phone).toMatch(/^联系电话格式不正确/);
    expect(errorMap({ ...filled, intro: '字'.repeat(301) }, 'draft').intro).toBe('申请区域简介不能超过 300 个字（中文按一个字计）');
    expect(errorMap({ ...filled, intro: '字'.repeat(300) }, 'submit')).toEqual({});
  });

  it('autosaves valid fields and holds back an invalid one at its last saved value', () => {
    const lastSaved = toInput({ ...filled, phone: '13800138000', leadUnit: '旧单位' });
    const { input, held } = draftInput({ ...filled, phone: '1380013', leadUnit: '新单位名称' }, lastSaved);
    expect(held).toEqual(['phone']);
    expect(input.phone).toBe('13800138000');
    expect(input.leadUnit).toBe('新单位名称');
    // Nothing saved yet: the invalid field goes out empty.
    expect(draftInput({ ...emptyForm, phone: '123' }, null).input.phone).toBe('');
  });
});

describe('prefillFrom', () => {
  it('takes the unit and the contact of the previous application, never its region or content', async () => {
    const { prefillFrom } = await import('./form');
    const previous = {
      leadUnit: '德令哈市工业和信息化局',
      contactName: '王芳',
      contactTitle: '科长',
      phone: '13900000001',
      region: { code: '632801' },
      intro: '旧简介',
    };
    expect(prefillFrom(previous)).toEqual({ leadUnit: '德令哈市工业和信息化局', contactName: '王芳', contactTitle: '科长', phone: '13900000001' });
  });
});
