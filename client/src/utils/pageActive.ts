import { createContext, useCallback, useContext, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/**
 * Whether the page this component belongs to is the one on screen.
 *
 * Taro keeps the earlier pages of the navigation stack mounted (on H5: in the DOM, hidden). The
 * test-only class names still given by `useTestHook` are therefore only set on the visible page.
 * They are on their way out (issue 13): tests select by role, label and text instead, and
 * Playwright's role queries already ignore hidden pages. Styling never depends on these classes.
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
