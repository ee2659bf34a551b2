// Finding a region in the picker: by Chinese name, toneless pinyin, pinyin initials or English name,
// best matches first; the picker reopens where the chosen region sits (its ancestors).
import { describe, expect, it } from 'vitest';
import { RegionSearchDocument, RegionTrailDocument } from '@cards/schema';
import { apiSuite } from '../support/api-suite.js';

const suite = apiSuite();

const search = async (query: string) =>
  (await suite.gql.as(null).data(RegionSearchDocument, { query })).regionSearch as {
    code: string;
    name: string;
    level: string;
    ancestors: { name: string }[];
  }[];

describe('regionSearch', () => {
  it('finds a city by its Chinese name, with its province as ancestor, exact match first', async () => {
    const hits = await search('长沙');
    expect(hits[0]).toMatchObject({ code: '430100', name: '长沙市', level: 'SUB_PROVINCIAL_CITY' });
    expect(hits[0].ancestors.map((a) => a.name)).toEqual(['湖南省']);
    // 长沙县 and 长沙经开区 follow the city.
    expect(hits.map((h) => h.name)).toEqual(expect.arrayContaining(['长沙县', '长沙经济技术开发区']));
  });

  it('finds by toneless pinyin, pinyin initials and English name', async () => {
    expect((await search('changsha'))[0].code).toBe('430100');
    expect((await search('ChangSha'))[0].code).toBe('430100');
    const dg = await search('dg');
    expect(dg.map((h) => h.name)).toContain('东莞市');
    expect((await search('Dongguan'))[0]).toMatchObject({ name: '东莞市', ancestors: [{ name: '广东省' }] });
    // A county three levels down carries its whole trail.
    const dehua = (await search('德化'))[0];
    expect(dehua).toMatchObject({ name: '德化县', level: 'COUNTY' });
    expect(dehua.ancestors.map((a) => a.name)).toEqual(['福建省', '泉州市']);
  });

  it('finds an autonomous prefecture by the short name people use', async () => {
    const hits = await search('湘西');
    expect(hits[0].name).toBe('湘西土家族苗族自治州');
  });

  it('answers nothing for an empty or meaningless query, and at most 30 entries', async () => {
    expect(await search('   ')).toEqual([]);
    expect(await search('123')).toEqual([]);
    expect(await search('zzzzqx')).toEqual([]);
    expect((await search('区')).length).toBe(30);
  });

  it('region(code) gives the trail the picker reopens at', async () => {
    const { region } = await suite.gql.as(null).data(RegionTrailDocument, { code: '350526' });
    expect(region.ancestors.map((a: { code: string }) => a.code)).toEqual(['350000', '350500']);
    expect((await suite.gql.as(null).data(RegionTrailDocument, { code: '999999' })).region).toBeNull();
  });
});
