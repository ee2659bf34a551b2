/**
 * Debounced autosave: `schedule()` after each change; the save runs `delay` ms after the last one.
 * Saves never overlap: a change during a save makes one more save when it ends. `flush()` saves now
 * (leaving the page, before submitting) and resolves when everything scheduled has been saved.
 */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave {
  schedule(): void;
  flush(): Promise<boolean>;
  cancel(): void;
  status(): SaveStatus;
}

export interface AutosaveOptions {
  delay?: number;
  /** Saves the current state; resolves true when saved. */
  save: () => Promise<boolean>;
  onStatus?: (status: SaveStatus) => void;
  /** After a failed save, try again this much later (0: wait for the next change). */
  retryDelay?: number;
}

export function createAutosave({ delay = 1000, save, onStatus, retryDelay = 5000 }: AutosaveOptions): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;
  let dirty = false;
  let current: SaveStatus = 'idle';

  const set = (s: SaveStatus) => {
    if (s === current) return;
    current = s;
    onStatus?.(s);
  };

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const run = (): Promise<boolean> => {
    clear();
    if (running) return running.then(() => (dirty ? run() : current !== 'error'));
    if (!dirty) return Promise.resolve(current !== 'error');
    dirty = false;
    set('saving');
    running = save()
      .catch(() => false)
      .then((ok) => {
        running = null;
        if (!ok) {
          dirty = true;
          set('error');
          if (retryDelay > 0 && timer === null) timer = setTimeout(() => void run(), retryDelay);
          return false;
        }
        if (dirty) {
          // Changed while saving: the newer state goes out after the usual pause.
          set('pending');
          if (timer === null) timer = setTimeout(() => void run(), delay);
          return true;
        }
        set('saved');
        return true;
      });
    return running;
  };

  return {
    schedule() {
      dirty = true;
      if (!running) set('pending');
      clear();
      timer = setTimeout(() => void run(), delay);
    },
    flush() {
      return run();
    },
    cancel() {
      clear();
      dirty = false;
    },
    status: () => current,
  };
}
