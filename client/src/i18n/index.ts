import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import { en, zh, type MessageKey } from './messages';
import { getLang, subscribeLang, toggleLang, type Lang } from './store';

export { getLang, setLang, toggleLang, subscribeLang, LANG_STORAGE_KEY } from './store';
export type { Lang } from './store';
export type { MessageKey } from './messages';
export * from './labels';

const tables: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Translate a key, filling `{name}` placeholders from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  let text = tables[lang][key] ?? zh[key] ?? key;
  if (params) {
    for (const [name, value] of Object.entries(params)) {
      text = text.split(`{${name}}`).join(String(value));
    }
  }
  return text;
}

/**
 * Content fields come in Chinese with optional English twins (`title` / `titleEn`).
 * In English, use the twin when it has text; otherwise fall back to the Chinese original.
 */
export function localized(lang: Lang, zhText: string, enText?: string | null): string;
export function localized(lang: Lang, zhText: string | null | undefined, enText?: string | null): string | null;
export function localized(lang: Lang, zhText: string | null | undefined, enText?: string | null): string | null {
  if (lang === 'en' && enText && enText.trim()) return enText;
  return zhText ?? null;
}

interface Bilingual {
  title: string;
  titleEn?: string | null;
  concept?: string | null;
  conceptEn?: string | null;
  story?: string | null;
  storyEn?: string | null;
}

/** The card's text in the chosen language, each field falling back to Chinese on its own. */
export function cardText(card: Bilingual, lang: Lang) {
  return {
    title: localized(lang, card.title, card.titleEn),
    concept: localized(lang, card.concept, card.conceptEn),
    story: localized(lang, card.story, card.storyEn),
  };
}

/** Split a story into paragraphs on blank lines. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A part of a page shown in a set language whatever the app's (the staff's preview of a card in both). */
export const LangOverrideContext = createContext<Lang | null>(null);

export function useLang(): Lang {
  const override = useContext(LangOverrideContext);
  const [lang, setLangState] = useState<Lang>(getLang);
  useEffect(() => {
    // Another page may have switched while this one was hidden.
    setLangState(getLang());
    return subscribeLang(setLangState);
  }, []);
  return override ?? lang;
}

export function useI18n() {
  const lang = useLang();
  const t = useCallback((key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params), [lang]);
  return { lang, t, toggle: toggleLang };
}

/** Keep the native navigation bar title (document.title on H5) in the current language. */
export function useNavigationTitle(key: MessageKey, override?: string | null) {
  const { t } = useI18n();
  const title = override || t(key);
  // Pages lower in the stack also hear a language change; only the visible page may set the
  // title, or it would overwrite the title of the page on top.
  const titleRef = useRef(title);
  titleRef.current = title;
  const apply = useCallback(() => {
    Promise.resolve(Taro.setNavigationBarTitle({ title: titleRef.current })).catch(() => undefined);
  }, []);
  useApplyWhileShown(apply, title);
}

/**
 * Runs `apply` when the page shows, and when `apply` (or `key`) changes while it is shown: a page lower
 * in the stack waits until it shows again, so it never overwrites what the page on top set.
 */
export function useApplyWhileShown(apply: () => void, key?: unknown) {
  const visible = useRef(true);
  useDidShow(() => {
    visible.current = true;
    apply();
  });
  useDidHide(() => {
    visible.current = false;
  });
  useEffect(() => {
    if (visible.current) apply();
  }, [apply, key]);
}
