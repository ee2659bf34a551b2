import { describe, expect, it } from 'vitest';
import { fillCannedReply } from './canned';

describe('fillCannedReply', () => {
  it('puts in the asker and the staff member', () => {
    expect(fillCannedReply('{姓名}您好，我是工作人员{工作人员}，很高兴为您服务。', { askerName: '王科长', staffName: '李明' })).toBe(
      '王科长您好，我是工作人员李明，很高兴为您服务。',
    );
  });

  it('replaces every occurrence', () => {
    expect(fillCannedReply('{姓名}、{姓名}；{工作人员}/{工作人员}', { askerName: 'A', staffName: 'B' })).toBe('A、A；B/B');
  });

  it('accepts full-width braces and spaces inside them', () => {
    expect(fillCannedReply('｛姓名｝您好，{ 工作人员 }为您服务', { askerName: '访客', staffName: 'staff1' })).toBe('访客您好，staff1为您服务');
  });

  it('never expands a variable that a name itself contains', () => {
    expect(fillCannedReply('{姓名}，{工作人员}', { askerName: '{工作人员}', staffName: '{姓名}' })).toBe('{工作人员}，{姓名}');
  });

  it('falls back to neutral words when a name is missing', () => {
    expect(fillCannedReply('{姓名}好，我是{工作人员}', { askerName: '  ', staffName: null })).toBe('您好，我是工作人员');
  });

  it('greets a person who gave no name with 您好, whatever the template puts around the variable', () => {
    for (const template of ['{姓名}您好，请问有什么可以帮您？', '{姓名}，您好，请问有什么可以帮您？', '｛姓名｝好，请问有什么可以帮您？']) {
      expect(fillCannedReply(template, { askerName: null, staffName: '李明' }), template).toBe('您好，请问有什么可以帮您？');
    }
  });

  it('leaves other braces and text alone', () => {
    expect(fillCannedReply('请填写{联系人}与{电话}', { askerName: 'A', staffName: 'B' })).toBe('请填写{联系人}与{电话}');
    expect(fillCannedReply('', { askerName: 'A', staffName: 'B' })).toBe('');
  });
});
