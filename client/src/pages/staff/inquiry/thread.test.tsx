import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { taroStub } from '../../../../test/taro-stub';
import { serveGraphQL, staffViewer } from '../../../../test/serve';
import { createClient, setClient } from '../../../graphql/client';
import { resetLangForTests } from '../../../i18n/store';
import { resetSessionForTests, TOKEN_STORAGE_KEY } from '../../../features/auth/session';
import StaffInquiryPage from './index';

// No live connection in jsdom: a transport that never sends anything (catch-up still runs).
vi.mock('../../../features/inquiries/live', async () => {
  const follow = await vi.importActual<typeof import('../../../features/inquiries/live/follow')>('../../../features/inquiries/live/follow');
  return { followInquiry: follow.followInquiry, liveTransport: () => ({ subscribe: () => () => undefined, dispose: () => undefined }) };
});

const ID = 'SW5xdWlyeTo3';

const fields = {
  __typename: 'Inquiry',
  id: ID,
  status: 'HUMAN',
  subject: '申报条件',
  lastSeq: 1,
  queuePosition: null,
  staffName: '李明',
  createdAt: '2025-11-21T02:00:00.000Z',
  queuedAt: '2025-11-21T02:01:00.000Z',
  endedAt: null,
  rating: null,
  ratingComment: null,
  askerName: '王科长',
  askerPersonalName: '王科长',
  askerIsOfficial: true,
  takenByViewer: true,
  takenAt: '2025-11-21T02:02:00.000Z',
  lastMessage: null,
};

const msg = (seq: number, author: string, text: string, internal = false) => ({
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
  internal,
  createdAt: '2025-11-21T02:03:00.000Z',
});

beforeEach(() => {
  resetLangForTests();
  taroStub.storage.set(TOKEN_STORAGE_KEY, 'staff-token');
  resetSessionForTests();
  setClient(createClient('/graphql'));
});
afterEach(() => {
  setClient(null);
  resetSessionForTests();
});

async function typeInto(container: HTMLElement, text: string) {
  const box = await waitFor(() => {
    const el = container.querySelector('.thread-input textarea') as HTMLTextAreaElement | null;
    expect(el).not.toBeNull();
    return el!;
  });
  await act(async () => {
    box.value = text;
    fireEvent.input(box, { target: { value: text } });
  });
  return box;
}

describe('staff inquiry page', () => {
  it('fills a canned reply with the names, sends it, and writes a private note', async () => {
    const seen = serveGraphQL((op, vars) => {
      if (op === 'Viewer') return { data: { viewer: staffViewer } };
      if (op === 'StaffInquiryThread') {
        return {
          data: {
            inquiry: { ...fields, messages: [msg(1, 'USER', '想了解申报条件')] },
            cannedReplies: [
              { __typename: 'CannedReply', id: 'c1', title: '问候', text: '{姓名}您好，我是工作人员{工作人员}。', updatedAt: '2025-11-21T02:00:00.000Z' },
            ],
          },
        };
      }
      if (op === 'InquiryThread') return { data: { inquiry: { ...fields, messages: [] } } };
      if (op === 'SendInquiryMessage') {
        return {
          data: {
            sendInquiryMessage: {
              __typename: 'SendInquiryMessageResult',
              inquiry: { ...fields, lastSeq: 2 },
              messages: [msg(2, 'STAFF', vars.text as string)],
            },
          },
        };
      }
      if (op === 'AddInquiryNote') return { data: { addInquiryNote: msg(3, 'STAFF', vars.text as string, true) } };
      return new Error(`unexpected ${op}`);
    });
    taroStub.params = { id: ID };
    const { container } = render(<StaffInquiryPage />);
    await waitFor(() => expect(container.querySelector('.thread-message--user')?.textContent).toContain('想了解申报条件'));
    expect(container.querySelector('.thread-take')).toBeNull();
    expect(container.querySelector('.thread-end')).not.toBeNull();
    // Taro's web component renders its native textarea a moment later.
    await waitFor(() => expect(container.querySelector('.thread-input textarea')).not.toBeNull());

    await act(async () => {
      fireEvent.click(container.querySelector('.thread-canned') as HTMLElement);
    });
    await act(async () => {
      fireEvent.click(container.querySelector('.thread-canned-item') as HTMLElement);
    });
    await act(async () => {
      fireEvent.click(container.querySelector('.thread-send') as HTMLElement);
    });
    await waitFor(() => expect(container.querySelector('.thread-message--staff')?.textContent).toContain('王科长您好，我是工作人员李明。'));
    const reply = seen.find((s) => s.operationName === 'SendInquiryMessage')!;
    expect(reply.variables).toMatchObject({ inquiryId: ID, text: '王科长您好，我是工作人员李明。' });
    expect(reply.variables.clientKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    await act(async () => {
      fireEvent.click(container.querySelector('.thread-note-toggle') as HTMLElement);
    });
    expect(container.querySelector('.thread-note-toggle')?.getAttribute('data-on')).toBe('1');
    await typeInto(container, '访客来自东莞');
    await act(async () => {
      fireEvent.click(container.querySelector('.thread-send') as HTMLElement);
    });
    await waitFor(() => expect(container.querySelector('.thread-message--note')?.textContent).toContain('访客来自东莞'));
    expect(seen.find((s) => s.operationName === 'AddInquiryNote')?.variables).toMatchObject({ inquiryId: ID, text: '访客来自东莞' });
    expect(container.querySelectorAll('.thread-message--staff')).toHaveLength(1);
  });
});
