import { beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { resetLangForTests } from '../../i18n/store';
import { translate } from '../../i18n';
import { useFilmUpload } from './useFilmUpload';

beforeEach(() => resetLangForTests());

describe('useFilmUpload', () => {
  it('needs a title and a non-empty file before anything is sent', async () => {
    const { result } = renderHook(() => useFilmUpload('Q2FyZDox', () => undefined));
    await act(() => result.current.submit());
    expect(result.current.error).toBe(translate('zh', 'staffFilms.needTitle'));

    act(() => result.current.setTitle('盐湖'));
    act(() => result.current.setFile(new File([], 'empty.mp4', { type: 'video/mp4' })));
    expect(result.current.error).toBeNull();
    await act(() => result.current.submit());
    expect(result.current.error).toBe(translate('zh', 'staffFilms.needFile'));
    expect(result.current.uploading).toBe(false);
    expect(taroStub.requests).toHaveLength(0);
  });
});
