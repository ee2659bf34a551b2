// Whether the staff pages use their desktop layout: the browser app on a screen at least 1024 px wide.
// The shell itself switches with a CSS media query; pages whose data flow differs (a paged table instead
// of an endless list, the queue beside the conversation) ask this. The mini-program is always the phone.
import { useEffect, useState } from 'react';

export const WIDE_QUERY = '(min-width: 1024px)';

function matches(): boolean {
  if (!IS_H5 || typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  return window.matchMedia(WIDE_QUERY).matches;
}

export function useWideLayout(): boolean {
  const [wide, setWide] = useState(matches);
  useEffect(() => {
    if (!IS_H5 || typeof window === 'undefined' || typeof window.matchMedia !== 'function') return undefined;
    const media = window.matchMedia(WIDE_QUERY);
    const onChange = () => setWide(media.matches);
    onChange();
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return wide;
}
