import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { serveGraphQL } from '../../../test/serve';
import { INQUIRY_ID, inquiryFields, inquiryMessage, sentKeys } from '../../../test/inquiries';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { useChatThread } from './useChatThread';

// No live connection in jsdom.
vi.mock('./live', async () => (await import('../../../test/inquiries')).silentLive());

const ID = INQUIRY_ID;
const inquiry = inquiryFields;
const message = inquiryMessage;

beforeEach(() => {
  resetLangForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

describe('useChatThread', () => {
  it('starts a conversation with the first message; a failed one is retried with the same key', async () => {
    let fail = true;
    const seen = serveGraphQL((op, vars) => {
      if (op === 'MyInquiries') return { data: { myInquiries: [] } };
      if (op === 'InquiryThread') return { data: { inquiry: { ...inquiry(), messages: [] } } };
      if (op === 'SendInquiryMessage') {
        if (fail) return new Error('offline');
        return {
          data: {
            sendInquiryMessage: {
              __typename: 'SendInquiryMessageResult',
              inquiry: inquiry(),
              messages: [message(1, 'USER', String(vars.text)), message(2, 'BOT', '答')],
            },
          },
        };
      }
      return new Error(`unexpected ${op}`);
    });
    const { result } = renderHook(() => useChatThread('', true));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.fresh).toBe(true);

    act(() => result.current.send('  谁可以申请？  '));
    expect(result.current.showing).toMatchObject([{ text: '谁可以申请？', state: 'sending', inquiryId: null }]);
    expect(result.current.creating).toBe(true);
    await waitFor(() => expect(result.current.showing[0]?.state).toBe('failed'));

    fail = false;
    act(() => result.current.retry(result.current.showing[0]));
    await waitFor(() => expect(result.current.live.messages.map((m) => m.text)).toEqual(['谁可以申请？', '答']));
    expect(result.current.showing).toEqual([]);
    expect(result.current.live.inquiryId).toBe(ID);
    const [first, retried, ...more] = sentKeys(seen);
    expect(more).toEqual([]);
    expect(retried).toBe(first);
  });

  it('opens the latest open conversation, asks for a person, and shows a refusal as a notice', async () => {
    serveGraphQL((op) => {
      if (op === 'MyInquiries') return { data: { myInquiries: [{ ...inquiry(), lastMessage: null }] } };
      if (op === 'InquiryThread') return { data: { inquiry: { ...inquiry(), messages: [message(1, 'USER', '问'), message(2, 'BOT', '答')] } } };
      if (op === 'RequestInquiryHuman') return { data: { requestInquiryHuman: { __typename: 'ActionRefused', message: '现在不在服务时间', code: 'CLOSED' } } };
      return new Error(`unexpected ${op}`);
    });
    const { result } = renderHook(() => useChatThread('', true));
    await waitFor(() => expect(result.current.live.messages).toHaveLength(2));
    expect(result.current.loading).toBe(false);
    await act(() => result.current.handoff());
    expect(result.current.notice).toBe('现在不在服务时间');
    expect(result.current.busy).toBeNull();
  });
});
