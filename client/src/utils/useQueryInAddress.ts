import { useEffect } from 'react';
import Taro from '@tarojs/taro';

/** The current address with `params` set (empty values removed); other parameters and the hash kept. */
export function addressWith(href: string, params: Record<string, string>): string {
  const url = new URL(href);
  for (const [k, v] of Object.entries(params)) {
    if (v) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  const query = url.searchParams.toString();
  return `${url.pathname}${query ? `?${query}` : ''}${url.hash}`;
}

/**
 * Keeps a page's filters in its address, so that a reload (or a copied link) opens with them.
 * On H5 the query string is replaced, not pushed: Back leaves the page instead of undoing one
 * filter at a time, and the router's own state (its page key) is kept. On weapp a page's address
 * cannot change after it opens; the page's options and router params are updated instead, which is
 * what a share of the page and a later read of `useRouter().params` see. Runs only while `active`
 * (Taro H5 keeps hidden pages mounted: a hidden list must not write over the address of the page on top).
 */
export function useQueryInAddress(params: Record<string, string>, active = true): void {
  const key = JSON.stringify(params);
  useEffect(() => {
    if (!active) return;
    const values: Record<string, string> = JSON.parse(key);
    if (IS_H5) {
      if (typeof window === 'undefined') return;
      const next = addressWith(window.location.href, values);
      const now = `${window.location.pathname}${window.location.search}${window.location.hash}`;
      if (next !== now) window.history.replaceState(window.history.state, '', next);
      return;
    }
    const clean = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ? encodeURIComponent(v) : '']));
    const router = Taro.getCurrentInstance()?.router;
    if (router?.params) Object.assign(router.params, clean);
    const pages = Taro.getCurrentPages();
    const page = pages[pages.length - 1] as { options?: Record<string, string> } | undefined;
    if (page?.options) Object.assign(page.options, clean);
  }, [key, active]);
}
