import Taro from '@tarojs/taro';

/**
 * Resume support: the position is saved to the server (`recordFilmProgress`, throttled) and kept in Taro
 * storage so that a device resumes even when the request failed; on open the newer/larger of the two wins.
 */

export interface LocalPosition {
  position: number;
  /** ms since the epoch */
  savedAt: number;
}

const KEY_PREFIX = 'cards.film.';

export function readLocalPosition(filmId: string): LocalPosition | null {
  try {
    const v = Taro.getStorageSync(KEY_PREFIX + filmId) as unknown;
    if (v && typeof v === 'object' && typeof (v as LocalPosition).position === 'number') return v as LocalPosition;
    if (typeof v === 'string' && v) {
      const parsed = JSON.parse(v) as LocalPosition;
      if (typeof parsed.position === 'number') return parsed;
    }
  } catch {
    // ignore
  }
  return null;
}

export function writeLocalPosition(filmId: string, position: number, now = Date.now()): void {
  try {
    Taro.setStorageSync(KEY_PREFIX + filmId, { position, savedAt: now });
  } catch {
    // Storage full or unavailable: the server copy still works.
  }
}

/** Positions within this many seconds of the end count as finished: start over. */
export const END_MARGIN = 3;

/**
 * Where to start: the server's `resumeAt` (0 when new or finished) or the local copy. The larger wins,
 * except that a local copy newer than the server's knowledge saying "finished" (0 stored near the end) still
 * counts as finished when it is itself near the end. Returns 0 to start from the beginning.
 */
export function chooseResume(serverAt: number, local: LocalPosition | null, duration: number): number {
  const candidates = [serverAt > 0 ? serverAt : 0, local && local.position > 0 ? local.position : 0];
  const best = Math.max(...candidates);
  if (!(best > 1)) return 0;
  if (duration > 0 && best >= duration - END_MARGIN) return 0;
  return best;
}

/**
 * Calls `save` at most once per `interval` ms while positions arrive (`update`), and at once on `flush`
 * (pause, hide, unload). Positions that did not move by at least 0.5 s since the last save are skipped.
 */
export function createProgressThrottle(save: (position: number) => void, interval = 5000, now: () => number = Date.now) {
  let lastSavedAt = -Infinity;
  let lastSavedPosition = -1;
  let pending: number | null = null;
  const doSave = (position: number) => {
    lastSavedAt = now();
    lastSavedPosition = position;
    pending = null;
    save(position);
  };
  return {
    update(position: number) {
      if (!Number.isFinite(position) || position < 0) return;
      pending = position;
      if (now() - lastSavedAt >= interval && Math.abs(position - lastSavedPosition) >= 0.5) doSave(position);
    },
    flush() {
      if (pending !== null && Math.abs(pending - lastSavedPosition) >= 0.5) doSave(pending);
      pending = null;
    },
    /** The newest position seen (saved or not). */
    get latest(): number | null {
      return pending ?? (lastSavedPosition >= 0 ? lastSavedPosition : null);
    },
  };
}

/** `75.4` → `1:15`. */
export function formatDuration(seconds: number | null | undefined): string {
  const s = Math.max(0, Math.round(seconds ?? 0));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
