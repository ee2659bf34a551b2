import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { taroStub } from '../../../test/taro-stub';
import { useSubmitPreview } from './usePreview';

describe('useSubmitPreview', () => {
  beforeEach(() => taroStub.reset());

  it('opens only on a valid, saved form', async () => {
    const draft = { check: vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true), submit: vi.fn() };
    const { result } = renderHook(() => useSubmitPreview(draft));
    await act(() => result.current.open());
    expect(result.current.previewing).toBe(false);
    await act(() => result.current.open());
    expect(result.current.previewing).toBe(true);
    expect(result.current.pledged).toBe(false);
  });

  it('submits only after the declaration is ticked', async () => {
    const draft = { check: vi.fn().mockResolvedValue(true), submit: vi.fn().mockResolvedValue(true) };
    const { result } = renderHook(() => useSubmitPreview(draft));
    await act(() => result.current.open());
    await act(() => result.current.confirm());
    expect(draft.submit).not.toHaveBeenCalled();
    expect(result.current.pledgeMissing).toBe(true);
    act(() => result.current.togglePledge());
    expect(result.current.pledgeMissing).toBe(false);
    await act(() => result.current.confirm());
    expect(draft.submit).toHaveBeenCalledTimes(1);
  });

  it('goes back to the form when the server refuses, so its errors show', async () => {
    const draft = { check: vi.fn().mockResolvedValue(true), submit: vi.fn().mockResolvedValue(false) };
    const { result } = renderHook(() => useSubmitPreview(draft));
    await act(() => result.current.open());
    act(() => result.current.togglePledge());
    await act(() => result.current.confirm());
    expect(result.current.previewing).toBe(false);
  });
});
