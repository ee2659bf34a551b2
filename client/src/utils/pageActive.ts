import { createContext, useCallback, useContext, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/**
 * Whether the page this component belongs to is the one on screen.
 *
 * Taro keeps the earlier pages of the navigation stack mounted (on H5: in the DOM, hidden). The class
 * names that browser tests rely on (`card-item`, `lang-switch`, `search-input`, `card-title`,
 * `retry-button`, `result-count`) are therefore only set on the visible page, so that a selector
 * such as `.lang-switch` or `.card-item[data-slug=…]` finds what the user sees and nothing else.
 * Styling never depends on these hook classes.
 */
export const PageActiveContext = createContext(true);

/** For page components: true between `onShow` and `onHide`. */
export function usePageActiveState(): boolean {
  const [active, setActive] = useState(true);
  useDidShow(() => setActive(true));
  useDidHide(() => setActive(false));
  return active;
}

/** `hook('card-item')` is `'card-item'` while the page is on screen, `''` otherwise. */
export function useTestHook(): (name: string) => string {
  const active = useContext(PageActiveContext);
  return useCallback((name: string) => (active ? name : ''), [active]);
}
