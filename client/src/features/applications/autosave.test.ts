import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave, type SaveStatus } from './autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function deferred() {
  let resolve!: (ok: boolean) => void;
  const promise = new Promise<boolean>((r) => (resolve = r));
  return { promise, resolve };
}

describe('autosave', () => {
  it('debounces: many changes within a second make one save, a second after the last', async () => {
    const save = vi.fn(async () => true);
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({ delay: 1000, save, onStatus: (s) => statuses.push(s) });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(600);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(600);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(999);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('never overlaps saves: a change during a save is saved after it', async () => {
    const first = deferred();
    const save = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValue(true);
    const autosave = createAutosave({ delay: 1000, save });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    autosave.schedule(); // typed while the first save is in flight
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    first.resolve(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(autosave.status()).toBe('saved');
  });

  it('flush saves at once (leaving the page, before submitting)', async () => {
    const save = vi.fn(async () => true);
    const autosave = createAutosave({ delay: 1000, save });
    autosave.schedule();
    await expect(autosave.flush()).resolves.toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    // Nothing pending: flushing again saves nothing.
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('retries a failed save later and reports the error meanwhile', async () => {
    const save = vi.fn().mockResolvedValueOnce(false).mockResolvedValue(true);
    const autosave = createAutosave({ delay: 1000, save, retryDelay: 5000 });
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(1000);
    expect(autosave.status()).toBe('error');
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(2);
    expect(autosave.status()).toBe('saved');
  });

  it('cancel drops what is pending', async () => {
    const save = vi.fn(async () => true);
    const autosave = createAutosave({ delay: 1000, save });
    autosave.schedule();
    autosave.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
  });
});
