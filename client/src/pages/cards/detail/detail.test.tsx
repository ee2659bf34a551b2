import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroStub } from '../../../../test/taro-stub';
import { serveGraphQL } from '../../../../test/serve';
import { createClient, setClient } from '../../../graphql/client';
import { resetLangForTests } from '../../../i18n/store';
import CardDetailPage from './index';

const card = {
  id: 'Card:1',
  slug: 'baoding-electric-valley',
  title: '中国电谷',
  titleEn: 'China Electric Valley',
  tier: 'MAIN',
  themes: ['TECH_HOTSPOT'],
  batchYear: 2024,
  industries: ['风电', '光电'],
  industriesEn: ['Wind power', ''],
  concept: '风光氢储输',
  conceptEn: null,
  color: '#1F4E79',
  isSample: true,
  story: '第一段。\n\n第二段。',
  storyEn: 'Paragraph one.\n\nParagraph two.',
  logoUrl: null,
  clusters: ['保定新能源集群'],
  clustersEn: ['Baoding new-energy cluster'],
  source: '公开报道',
  sources: [{ title: '公开报道', titleEn: 'Public report', url: null }],
  sampleNote: '示例内容：演示数据。',
  sampleNoteEn: 'Sample content: demonstration data.',
  publishedAt: '2024-12-25T00:00:00Z',
  region: { code: '130600', name: '保定市', level: 'PREFECTURE_CITY', fullName: '河北省 · 保定市', fullNameEn: 'Region' },
  keyFigures: [
    { label: '新能源企业', labelEn: 'New-energy firms', value: '200', valueEn: '200', unit: '家', unitEn: null },
    { label: '产值', labelEn: null, value: '1000', valueEn: null, unit: '亿元', unitEn: null },
  ],
  enterprises: ['英利集团'],
  enterprisesEn: ['Yingli Group'],
  landmarks: [{ name: '保定电谷科技中心', nameEn: 'Baoding Electric Valley Tech Centre', kind: 'PARK', description: '展示中心。', descriptionEn: null }],
};

/** Every request (the card, its films) gets `result`. */
const serve = (result: unknown) => serveGraphQL(() => result);

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

describe('card detail page', () => {
  it('shows every part of the card, with the sample note', async () => {
    taroStub.params = { slug: 'baoding-electric-valley' };
    serve({ data: { card } });
    const { container } = render(<CardDetailPage />);
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1 })?.textContent).toBe('中国电谷'));
    const text = container.textContent ?? '';
    for (const part of [
      '河北省 · 保定市',
      '主名片',
      '科创热点',
      '2024',
      '风电',
      '风光氢储输',
      '英利集团',
      '保定电谷科技中心',
      '产业园区',
      '保定新能源集群',
      '示例内容：演示数据。',
      '公开报道',
    ]) {
      expect(text, part).toContain(part);
    }
    expect(Array.from(container.querySelectorAll('.detail__para')).map((p) => p.textContent)).toEqual(['第一段。', '第二段。']);
    expect(container.querySelectorAll('.detail__figure')).toHaveLength(2);
    expect(JSON.parse(String(taroStub.requests[0].data)).variables).toEqual({ slug: 'baoding-electric-valley' });
    // The navigation bar / document title follows the card.
    await waitFor(() => expect(taroStub.titles).toContain('中国电谷'));
  });

  it('switches to English content with per-field fallback', async () => {
    taroStub.params = { slug: 'baoding-electric-valley' };
    serve({ data: { card } });
    const { container } = render(<CardDetailPage />);
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1 })).not.toBeNull());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Switch to English/ }));
    });
    expect(screen.queryByRole('heading', { level: 1 })?.textContent).toBe('China Electric Valley');
    expect(container.querySelector('.detail__concept-text')?.textContent).toBe('风光氢储输'); // no conceptEn
    expect(Array.from(container.querySelectorAll('.detail__para')).map((p) => p.textContent)).toEqual(['Paragraph one.', 'Paragraph two.']);
    expect(Array.from(container.querySelectorAll('.detail__figure-label')).map((p) => p.textContent)).toEqual(['New-energy firms', '产值']);
    // A translated figure drops the counter (家); an untranslated one keeps its Chinese unit.
    expect(Array.from(container.querySelectorAll('.detail__figure-value-row')).map((p) => p.textContent)).toEqual(['200', '1000亿元']);
    expect(container.textContent).toContain('Industrial park');
    const text = container.textContent ?? '';
    for (const part of [
      'Wind power',
      'Baoding new-energy cluster',
      'Yingli Group',
      'Baoding Electric Valley Tech Centre',
      'Public report',
      'Sample content: demonstration data.',
    ])
      expect(text, part).toContain(part);
    // Fields without English fall back to the Chinese, each on its own.
    expect(Array.from(container.querySelectorAll('.detail__chip')).map((c) => c.textContent)).toContain('光电');
    expect(container.querySelector('.detail__landmark-desc')?.textContent).toBe('展示中心。');
    for (const zh of ['英利集团', '保定新能源集群', '示例内容', '公开报道', '中国电谷']) expect(text, zh).not.toContain(zh);
  });

  it('copies the page URL on H5', async () => {
    taroStub.params = { slug: 'baoding-electric-valley' };
    serve({ data: { card } });
    const { container } = render(<CardDetailPage />);
    await waitFor(() => expect(container.querySelector('.copy-link')).not.toBeNull());
    await act(async () => {
      fireEvent.click(container.querySelector('.copy-link') as HTMLElement);
    });
    await waitFor(() => expect(taroStub.toasts).toContain('链接已复制'));
    expect(taroStub.clipboard).toBe(window.location.href);
  });

  it('says so when the card does not exist', async () => {
    taroStub.params = { slug: 'nope' };
    serve({ data: { card: null } });
    const { container } = render(<CardDetailPage />);
    await waitFor(() => expect(container.textContent).toContain('未找到这张名片'));
  });
});
