import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { taroStub } from '../../../test/taro-stub';
import { serveGraphQL, staffViewer } from '../../../test/serve';
import { inquiryFields, inquiryMessage, sentKeys } from '../../../test/inquiries';
import { createClient, setClient } from '../../graphql/client';
import { resetLangForTests } from '../../i18n/store';
import { resetSessionForTests, TOKEN_STORAGE_KEY } from '../auth/session';
import { useStaffThread } from './useStaffThread';

// No live connection in jsdom.
vi.mock('./live', async () => (await import('../../../test/inquiries')).silentLive());

const ID = 'SW5xdWlyeTo3';
const fields = (patch: Record<string, unknown> = {}) => ({
  ...inquiryFields({ id: ID, status: 'QUEUED', subject: '申报条件', lastSeq: 1, queuePosition: 1, queuedAt: '2025-11-21T02:01:00.000Z' }),
  askerName: '王科长',
  askerPersonalName: '王科长',
  askerIsOfficial: true,
  takenByViewer: false,
  takenAt: null,
  lastMessage: null,
  ...patch,
});
const msg = (seq: number, author: string, text: string, internal = false) => inquiryMessage(seq, author, text, { internal });

// Signed in as staff, with a client of its own.
beforeEach(() => {
  resetLangForTests();
  taroStub.storage.set(TOKEN_STORAGE_KEY, 'staff-token');
  resetSessionForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => {
  resetSessionForTests();
  setClient(null);
});

describe('useStaffThread', () => {
  it('writes notes only until staff take it; takes it, then replies, retrying a failed reply with the same key', async () => {
    let taken = false;
    let failReply = true;
    const seen = serveGraphQL((op, vars) => {
      if (op === 'Viewer') return { data: { viewer: staffViewer } };
      const current = taken ? fields({ status: 'HUMAN', takenByViewer: true, staffName: '李明' }) : fields();
      if (op === 'StaffInquiryThread') return { data: { inquiry: { ...current, messages: [msg(1, 'USER', '想了解')] }, cannedReplies: [] } };
      if (op === 'InquiryThread') return { data: { inquiry: { ...current, messages: [] } } };
      if (op === 'TakeInquiry') {
        taken = true;
        return { data: { takeInquiry: { ...fields({ status: 'HUMAN', takenByViewer: true, staffName: '李明' }) } } };
      }
      if (op === 'SendInquiryMessage') {
        if (failReply) return new Error('offline');
        return {
          data: {
            sendInquiryMessage: { __typename: 'SendInquiryMessageResult', inquiry: { ...current, lastSeq: 2 }, messages: [msg(2, 'STAFF', String(vars.text))] },
          },
        };
      }
      return new Error(`unexpected ${op}`);
    });
    const { result } = renderHook(() => useStaffThread(ID, true));
    await waitFor(() => expect(result.current.live.messages).toHaveLength(1));
    expect(result.current.canReply).toBe(false);
    expect(result.current.mode).toBe('note');
    act(() => result.current.toggleNote());
    expect(result.current.mode).toBe('note');

    await act(() => result.current.take());
    await waitFor(() => expect(result.current.canReply).toBe(true));
    expect(result.current.mode).toBe('reply');

    act(() => result.current.insertCanned({ id: 'c1', title: '问候', text: '{姓名}您好，我是{工作人员}。', updatedAt: '' }));
    expect(result.current.text).toBe('王科长您好，我是李明。');
    await act(() => result.current.send());
    expect(result.current.message).toBeTruthy();
    expect(result.current.text).toBe('王科长您好，我是李明。');

    failReply = false;
    await act(() => result.current.send());
    expect(result.current.message).toBeNull();
    expect(result.current.text).toBe('');
    await waitFor(() => expect(result.current.live.messages.map((m) => m.text)).toContain('王科长您好，我是李明。'));
    const [first, retried, ...more] = sentKeys(seen);
    expect(more).toEqual([]);
    expect(retried).toBe(first);
  });
});
