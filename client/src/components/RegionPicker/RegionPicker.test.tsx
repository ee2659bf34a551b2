import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import type { RegionOptionFragment } from '@cards/schema';
import RegionPicker from './index';
import { serveGraphQL } from '../../../test/serve';
import { typeInto } from '../../../test/dom';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests, setLang } from '../../i18n/store';

const r = (code: string, name: string, level: string, nameEn = name): RegionOptionFragment =>
  ({ __typename: 'Region', code, name, shortName: name, fullName: name, fullNameEn: nameEn, nameEn, level }) as RegionOptionFragment;

const hunan = r('430000', '湖南省', 'PROVINCE', 'Hunan');
const changsha = r('430100', '长沙市', 'SUB_PROVINCIAL_CITY', 'Changsha');
const xiangxi = r('433100', '湘西土家族苗族自治州', 'PREFECTURE_CITY', 'Xiangxi');
const ningxiang = r('430182', '宁乡市', 'COUNTY', 'Ningxiang');
const changshaXian = r('430121', '长沙县', 'COUNTY', 'Changsha');
const shenzhen = r('440300', '深圳市', 'SUB_PROVINCIAL_CITY', 'Shenzhen');

const CHILDREN: Record<string, RegionOptionFragment[]> = {
  root: [hunan, r('440000', '广东省', 'PROVINCE', 'Guangdong')],
  '430000': [changsha, xiangxi],
  '430100': [changshaXian, ningxiang],
  '440000': [shenzhen],
};

function Harness({ initial = null as RegionOptionFragment | null }) {
  const [value, setValue] = useState(initial);
  return <RegionPicker value={value} admittedLevels={['SUB_PROVINCIAL_CITY', 'PREFECTURE_CITY', 'COUNTY']} onChange={setValue} />;
}

const rows = (c: HTMLElement) =>
  Array.from(c.querySelectorAll('.region-sheet__row')).map((el) => [
    el.querySelector('.region-sheet__row-name')?.textContent,
    el.querySelector('.region-sheet__row-level')?.textContent,
  ]);
const click = (el: Element | null) => act(async () => void fireEvent.click(el as HTMLElement));
const row = (c: HTMLElement, code: string) => c.querySelector(`.region-sheet__row[data-code="${code}"]`);
const rowWhen = (c: HTMLElement, code: string) =>
  waitFor(() => {
    const el = row(c, code);
    expect(el).not.toBeNull();
    return el!;
  });

let seen: ReturnType<typeof serveGraphQL>;
beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
  seen = serveGraphQL((op, v) => {
    if (op === 'Regions') return { data: { regions: CHILDREN[(v.parentCode as string) ?? 'root'] ?? [] } };
    if (op === 'RegionSearch') {
      const q = String(v.query);
      const hits =
        q === 'cs' || q === '长沙'
          ? [
              { ...changsha, ancestors: [hunan] },
              { ...changshaXian, ancestors: [hunan, changsha] },
            ]
          : [];
      return { data: { regionSearch: hits } };
    }
    if (op === 'RegionTrail') return { data: { region: { __typename: 'Region', code: v.code, ancestors: v.code === '430182' ? [hunan, changsha] : [] } } };
    return new Error(op);
  });
});

describe('RegionPicker', () => {
  it('labels each row with what the place is (省会, 自治州, 副省级市, 县级市), in both languages', async () => {
    const { container } = render(<Harness />);
    await click(container.querySelector('.region-field'));
    await click(await rowWhen(container, '430000'));
    await waitFor(() =>
      expect(rows(container)).toEqual([
        ['长沙市', '省会'],
        ['湘西土家族苗族自治州', '自治州'],
      ]),
    );
    await click(row(container, '430100'));
    await waitFor(() =>
      expect(rows(container)).toEqual([
        ['长沙县', '县'],
        ['宁乡市', '县级市'],
      ]),
    );
    // "Choose 长沙市" names its kind too, not the programme's level category.
    expect(container.querySelector('.region-sheet__choose-level')?.textContent).toBe('省会');
    await click(container.querySelectorAll('.region-sheet__crumb')[0]);
    await click(await rowWhen(container, '440000'));
    await waitFor(() => expect(rows(container)).toEqual([['深圳市', '副省级市']]));
    act(() => setLang('en'));
    await waitFor(() => expect(rows(container)).toEqual([['Shenzhen', 'Sub-provincial city']]));
  });

  it('finds by name or pinyin initials, shows where each hit lies, and chooses a county from the results', async () => {
    const { container } = render(<Harness />);
    await click(container.querySelector('.region-field'));
    const input = await typeInto(container, '.region-sheet__search-input input', 'cs');
    expect(input.getAttribute('aria-label') ?? input.closest('[aria-label]')?.getAttribute('aria-label')).toBe('搜索地区');
    await waitFor(() =>
      expect(rows(container)).toEqual([
        ['长沙市', '省会'],
        ['长沙县', '县'],
      ]),
    );
    expect(container.querySelector('.region-sheet__crumbs')).toBeNull();
    expect(Array.from(container.querySelectorAll('.region-sheet__row-trail')).map((e) => e.textContent)).toEqual(['湖南省', '湖南省 · 长沙市']);
    // Nothing found says so.
    await typeInto(container, '.region-sheet__search-input input', '无此地');
    await waitFor(() => expect(container.querySelector('.region-sheet__empty')?.textContent).toBe('没有找到“无此地”'));
    await typeInto(container, '.region-sheet__search-input input', '长沙');
    await click(await rowWhen(container, '430121'));
    expect(container.querySelector('.region-value')?.textContent).toBe('长沙县');
    expect(container.querySelector('.region-sheet')).toBeNull();

    // Reopening shows the chosen county among its siblings (湖南省 · 长沙市), not 全国, with no extra request.
    await click(container.querySelector('.region-field'));
    await waitFor(() =>
      expect(rows(container)).toEqual([
        ['长沙县', '县'],
        ['宁乡市', '县级市'],
      ]),
    );
    expect(row(container, '430121')?.getAttribute('aria-selected')).toBe('true');
    expect(Array.from(container.querySelectorAll('.region-sheet__crumb')).map((e) => e.textContent)).toEqual(['全国', '湖南省', '长沙市']);
    expect(seen.filter((s) => s.operationName === 'RegionTrail')).toHaveLength(0);
  });

  it('a city found by search opens at its children; a saved choice reopens at its level after asking for its trail', async () => {
    const { container } = render(<Harness initial={ningxiang} />);
    await click(container.querySelector('.region-field'));
    await waitFor(() =>
      expect(rows(container)).toEqual([
        ['长沙县', '县'],
        ['宁乡市', '县级市'],
      ]),
    );
    expect(seen.filter((s) => s.operationName === 'RegionTrail').map((s) => s.variables.code)).toEqual(['430182']);

    await typeInto(container, '.region-sheet__search-input input', 'cs');
    await click(await rowWhen(container, '430100'));
    // Search cleared; the city's children with its own "choose" row on top.
    await waitFor(() => expect(container.querySelector('.region-sheet__choose-text')?.textContent).toBe('选择 长沙市'));
    await click(container.querySelector('.region-sheet__choose'));
    expect(container.querySelector('.region-value')?.textContent).toBe('长沙市');
  });
});
