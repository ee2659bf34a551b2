import Taro from '@tarojs/taro';

export type Lang = 'zh' | 'en';

export const LANG_STORAGE_KEY = 'cards.lang';

type Listener = (lang: Lang) => void;

const listeners = new Set<Listener>();
let current: Lang | null = null;

function readStored(): Lang {
  try {
    const v = Taro.getStorageSync(LANG_STORAGE_KEY);
    return v === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The current UI language (read lazily from storage on first use). */
export function getLang(): Lang {
  if (current === null) current = readStored();
  return current;
}

/** Change the language, persist it, and notify every mounted page. */
export function setLang(lang: Lang): void {
  if (lang === getLang()) return;
  current = lang;
  try {
    Taro.setStorageSync(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage can be full or unavailable (private mode); the switch still works for this session.
  }
  for (const fn of listeners) fn(lang);
}

export function toggleLang(): Lang {
  const next: Lang = getLang() === 'zh' ? 'en' : 'zh';
  setLang(next);
  return next;
}

export function subscribeLang(fn: Listener): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

/** For tests: forget the cached value so that the next read goes to storage again. */
export function resetLangForTests(): void {
  current = null;
  listeners.clear();
}
