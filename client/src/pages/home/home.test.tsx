import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import HomePage from './index';

const node = {
  id: 'Card:1',
  slug: 'dongguan',
  title: '世界工厂·制造美学',
  titleEn: null,
  tier: 'MAIN',
  themes: ['TECH_HOTSPOT'],
  batchYear: 2025,
  industries: ['电子信息'],
  concept: null,
  conceptEn: null,
  color: '#1F4E79',
  isSample: true,
  region: { code: '441900', name: '东莞市', fullName: '广东省 · 东莞市', fullNameEn: 'Region' },
};

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
  taroStub.handler = () => ({
    statusCode: 200,
    data: JSON.stringify({ data: { featured: { totalCount: 15, edges: [{ node }] }, all: { totalCount: 50 } } }),
    header: { 'content-type': 'application/json' },
  });
});
afterEach(() => setClient(null));

describe('home page', () => {
  it('shows the published count, the three themes and the featured cards', async () => {
    const { container } = render(<HomePage />);
    await waitFor(() => expect(container.querySelectorAll('[data-slug]')).toHaveLength(1));
    expect(container.querySelector('.home__stat-value')?.textContent).toBe('50');
    expect(container.textContent).toContain('区域（城市）产业名片打造计划');
    expect(Array.from(container.querySelectorAll('.home__theme-name')).map((e) => e.textContent)).toEqual(['科创热点', '创新消费', '升级更新']);
  });

  it('a theme tile opens the list filtered by that theme', async () => {
    const { container } = render(<HomePage />);
    await act(async () => {
      fireEvent.click(container.querySelector('[data-theme="UPGRADE_RENEWAL"]') as HTMLElement);
    });
    expect(taroStub.navigations).toEqual(['/pages/cards/list/index?theme=UPGRADE_RENEWAL']);
  });

  it('searching opens the list with the query', async () => {
    const { container } = render(<HomePage />);
    // The field a person finds by its placeholder (Taro's host element repeats it; the <input> is the one typed into).
    const input = await waitFor(() => {
      const found = screen.getAllByPlaceholderText('搜索城市、产业或名片').find((el) => el.tagName === 'INPUT');
      expect(found).toBeDefined();
      return found as HTMLInputElement;
    });
    await act(async () => {
      input.value = '陶瓷';
      fireEvent.input(input, { target: { value: '陶瓷' } });
    });
    await act(async () => {
      fireEvent.click(container.querySelector('.search-bar__button') as HTMLElement);
    });
    expect(taroStub.navigations).toEqual([`/pages/cards/list/index?query=${encodeURIComponent('陶瓷')}`]);
  });
});
