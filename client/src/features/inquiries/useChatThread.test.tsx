import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { serveGraphQL } from '../../../test/serve';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { useChatThread } from './useChatThread';

// No live connection in jsdom: a transport that never sends anything (catch-up still runs).
vi.mock('./live', async () => {
  const follow = await vi.importActual<typeof import('./live/follow')>('./live/follow');
  return { followInquiry: follow.followInquiry, liveTransport: () => ({ subscribe: () => () => undefined, dispose: () => undefined }) };
});

const ID = 'SW5xdWlyeTox';
const inquiry = (patch: Record<string, unknown> = {}) => ({
  __typename: 'Inquiry',
  id: ID,
  status: 'BOT',
  subject: '问',
  lastSeq: 2,
  queuePosition: null,
  staffName: null,
  createdAt: '2025-11-21T02:00:00.000Z',
  queuedAt: null,
  endedAt: null,
  rating: null,
  ratingComment: null,
  ...patch,
});
const message = (seq: number, author: string, text: string) => ({
  __typename: 'InquiryMessage',
  id: `M${seq}`,
  seq,
  author,
  text,
  sources: [],
  offersHuman: false,
  suggestions: [],
  ratable: false,
  feedback: null,
  internal: false,
  createdAt: '2025-11-21T02:00:00.000Z',
});

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
    const keys = seen.filter((s) => s.operationName === 'SendInquiryMessage').map((s) => s.variables.clientKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
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
