import { describe, expect, it } from 'vitest';
import { addTag, removeTag, splitTags } from './tags';

const leading = { label: '主导产业', max: 3 };

describe('tag list rules', () => {
  it('adds trimmed entries and refuses empty ones', () => {
    expect(addTag([], '  新能源  ', leading)).toEqual({ list: ['新能源'], refusal: null });
    expect(addTag(['新能源'], '   ', leading)).toEqual({ list: ['新能源'], refusal: { kind: 'empty' } });
  });

  it('refuses a duplicate and keeps the list unchanged', () => {
    const list = ['新能源', '电子信息'];
    const res = addTag(list, '电子信息', leading);
    expect(res.refusal).toEqual({ kind: 'duplicate' });
    expect(res.list).toBe(list);
  });

  it('refuses a 4th leading industry', () => {
    const list = ['新能源', '电子信息', '装备制造'];
    expect(addTag(list, '生物医药', leading)).toEqual({ list, refusal: { kind: 'tooMany', max: 3 } });
  });

  it('refuses an entry longer than 20 characters (Chinese counted as one)', () => {
    expect(addTag([], '一'.repeat(20), leading).refusal).toBeNull();
    expect(addTag([], '一'.repeat(21), leading).refusal).toEqual({ kind: 'tooLong', max: 20 });
  });

  it('removes and splits', () => {
    expect(removeTag(['a', 'b'], 'a')).toEqual(['b']);
    expect(splitTags('新能源、电子信息，装备制造; 生物医药\n')).toEqual(['新能源', '电子信息', '装备制造', '生物医药']);
  });
});
