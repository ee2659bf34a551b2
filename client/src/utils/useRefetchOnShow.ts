import { useRef } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/**
 * Runs `refetch` when the page comes back on screen after another page covered it (navigating
 * back). Keyed on a hide having happened, so it also works in components mounted after the
 * page's first show.
 */
export function useRefetchOnShow(refetch: () => void, enabled = true) {
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (hidden.current && enabled) refetch();
    hidden.current = false;
  });
}
