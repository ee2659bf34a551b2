import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { useFaqEditor } from './useFaqEditor';

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

describe('useFaqEditor', () => {
  it('shows the server’s field errors and stays open', async () => {
    serveGraphQL(() => ({
      data: {
        saveFaq: { __typename: 'ValidationError', message: '请填写问题', code: 'INVALID_INPUT', fieldErrors: [{ field: 'question', message: '请填写问题' }] },
      },
    }));
    let done = 0;
    const { result } = renderHook(() => useFaqEditor(null, 'FORM', () => done++));
    await act(() => result.current.save());
    expect(result.current.errors).toEqual({ question: '请填写问题' });
    expect(result.current.message).toBe('请修正标出的内容');
    expect(done).toBe(0);
  });

  it('saves a new entry and closes', async () => {
    const seen = serveGraphQL(() => ({ data: { saveFaq: { __typename: 'Faq', id: 'RmFxOjk=' } } }));
    let done = 0;
    const { result } = renderHook(() => useFaqEditor(null, 'FORM', () => done++));
    act(() => result.current.set({ question: '问', answer: '答', sourceTitle: '来源', alternatives: 'a\nb' }));
    await act(() => result.current.save());
    expect(seen[0].variables).toEqual({
      id: null,
      input: { question: '问', alternatives: ['a', 'b'], answer: '答', category: 'FORM', sourceTitle: '来源', sourceUrl: null, published: true },
    });
    expect(done).toBe(1);
    expect(taroStub.toasts).toHaveLength(1);
  });
});
