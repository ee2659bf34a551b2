import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { taroStub } from '../../test/taro-stub';
import { setLang } from './index';
import { useTabBarLabels } from './tabBar';

function TabPage() {
  useTabBarLabels();
  return null;
}

describe('useTabBarLabels', () => {
  beforeEach(() => {
    taroStub.reset();
    setLang('zh');
  });

  it('labels the bar in Chinese, and in English as soon as English is chosen', async () => {
    render(<TabPage />);
    await act(async () => undefined);
    expect(taroStub.tabBar).toEqual(['首页', '名片', '影片', '咨询', '我的']);
    await act(async () => setLang('en'));
    expect(taroStub.tabBar).toEqual(['Home', 'Cards', 'Films', 'Ask', 'Me']);
  });

  it('leaves the bar alone while its page is hidden, and labels it again when shown', async () => {
    render(<TabPage />);
    await act(async () => taroStub.firePage('hide'));
    taroStub.tabBar = [];
    await act(async () => setLang('en'));
    expect(taroStub.tabBar).toEqual([]);
    await act(async () => taroStub.firePage('show'));
    expect(taroStub.tabBar[4]).toBe('Me');
  });
});
