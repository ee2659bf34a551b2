import Taro from '@tarojs/taro';
import { absoluteUrl } from '../../graphql/client';
import { parseVtt, type Cue } from './vtt';

export type SubtitleChoice = 'off' | 'zh-CN' | 'en';
export const SUBTITLE_STORAGE_KEY = 'cards.subtitle';

const cache = new Map<string, Promise<Cue[]>>();

/** Downloads and parses a WebVTT file (once per URL). */
export function loadCues(url: string): Promise<Cue[]> {
  const full = absoluteUrl(url);
  let p = cache.get(full);
  if (!p) {
    p = new Promise<Cue[]>((resolve, reject) => {
      Taro.request({
        url: full,
        method: 'GET',
        dataType: 'text',
        responseType: 'text',
        success: (res) => {
          if (res.statusCode >= 200 && res.statusCode < 300) resolve(parseVtt(String(res.data ?? '')));
          else reject(new Error(`HTTP ${res.statusCode}`));
        },
        fail: (err) => reject(new Error(err?.errMsg || 'request failed')),
      });
    });
    p.catch(() => cache.delete(full));
    cache.set(full, p);
  }
  return p;
}

export function readSubtitleChoice(): SubtitleChoice {
  try {
    const v = Taro.getStorageSync(SUBTITLE_STORAGE_KEY);
    if (v === 'zh-CN' || v === 'en' || v === 'off') return v;
  } catch {
    // ignore
  }
  return 'off';
}

export function saveSubtitleChoice(choice: SubtitleChoice): void {
  try {
    Taro.setStorageSync(SUBTITLE_STORAGE_KEY, choice);
  } catch {
    // ignore
  }
}
