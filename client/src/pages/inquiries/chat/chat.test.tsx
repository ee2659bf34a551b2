import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { taroStub } from '../../../../test/taro-stub';
import { createClient, setClient } from '../../../graphql/client';
import { resetLangForTests } from '../../../i18n/store';
import ChatPage from './index';
import { INQUIRY_ID, inquiryFields } from '../../../../test/inquiries';

// The live connection is replaced by a transport the test drives; following (catch-up, order) is the real code.
const live = vi.hoisted(() => ({
  subscriptions: [] as { variables: Record<string, unknown>; handlers: { next(data: unknown): void; connected?(r: boolean): void } }[],
}));
vi.mock('../../../features/inquiries/live', async () => {
  const follow = await vi.importActual<typeof import('../../../features/inquiries/live/follow')>('../../../features/inquiries/live/follow');
  return {
    followInquiry: follow.followInquiry,
    liveTransport: () => ({
      subscribe: (_doc: unknown, variables: Record<string, unknown>, handlers: { next(data: unknown): void }) => {
        const entry = { variables, handlers };
        live.subscriptions.push(entry);
        return () => {
          live.subscriptions.splice(live.subscriptions.indexOf(entry), 1);
        };
      },
      dispose: () => undefined,
    }),
  };
});

type Reply = unknown | Error | Promise<unknown | Error>;
interface Seen {
  operationName: string;
  variables: Record<string, any>;
}

/** Answers GraphQL requests by operation name (a reply may be a promise the test resolves later). */
function serve(handler: (op: string, variables: Record<string, any>) => Reply): Seen[] {
  const seen: Seen[] = [];
  taroStub.handler = async (opts) => {
    const body = JSON.parse(String(opts.data));
    seen.push({ operationName: body.operationName, variables: body.variables ?? {} });
    const result = await handler(body.operationName, body.variables ?? {});
    if (result instanceof Error) return result;
    return { statusCode: 200, data: JSON.stringify(result ?? { data: null }), header: { 'content-type': 'application/json' } };
  };
  return seen;
}

/** The conversation as the API returns it, about 东莞's cards. */
const inquiry = (patch: Record<string, unknown> = {}) => inquiryFields({ subject: '东莞有哪些产业名片？', ...patch });

function message(seq: number, author: string, text: string, patch: Record<string, unknown> = {}) {
  return {
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
    ...patch,
  };
}

beforeEach(() => {
  resetLangForTests();
  live.subscriptions.length = 0;
  setClient(createClient('/graphql'));
});
afterEach(() => setClient(null));

describe('chat page', () => {
  it('shows a sent question at once, then the answer with its sources; an in-app source opens its page', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const seen = serve((op, vars) => {
      if (op === 'MyInquiries') return { data: { myInquiries: [] } };
      if (op === 'SendInquiryMessage') {
        return new Promise((resolve) => {
          answer = resolve;
        });
      }
      if (op === 'InquiryThread') return { data: { inquiry: { ...inquiry(), messages: [] } } };
      return new Error(`unexpected ${op} ${JSON.stringify(vars)}`);
    });
    const { container } = render(<ChatPage />);
    const suggestion = await waitFor(() => {
      const el = container.querySelectorAll('.chat-suggestion')[2];
      expect(el).toBeTruthy();
      return el as HTMLElement;
    });
    expect(container.querySelector('.chat-handoff')).not.toBeNull();
    expect(container.querySelectorAll('.chat-message')).toHaveLength(0);

    await act(async () => {
      fireEvent.click(suggestion);
    });
    const pending = container.querySelector('.chat-message--user[data-pending="sending"]');
    expect(pending?.textContent).toContain('东莞有哪些产业名片？');
    const send = seen.find((s) => s.operationName === 'SendInquiryMessage')!;
    expect(send.variables.inquiryId).toBeNull();
    expect(send.variables.clientKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/);

    await act(async () => {
      answer({
        data: {
          sendInquiryMessage: {
            __typename: 'SendInquiryMessageResult',
            inquiry: inquiry({ lastSeq: 2 }),
            messages: [
              message(1, 'USER', '东莞有哪些产业名片？'),
              message(2, 'BOT', '广东省 · 东莞市已发布的产业名片有：「世界工厂·制造美学」。', {
                sources: [{ __typename: 'BotSource', title: '世界工厂·制造美学', url: '/pages/cards/detail/index?slug=dongguan' }],
              }),
            ],
          },
        },
      });
    });
    await waitFor(() => expect(container.querySelector('.chat-message--bot')).not.toBeNull());
    expect(container.querySelector('[data-pending]')).toBeNull();
    expect(container.querySelectorAll('.chat-message--user')).toHaveLength(1);
    // Following the new conversation.
    await waitFor(() => expect(live.subscriptions.map((s) => s.variables.inquiryId)).toEqual([INQUIRY_ID]));

    const source = container.querySelector('.chat-source') as HTMLElement;
    expect(source.textContent).toContain('世界工厂·制造美学');
    await act(async () => {
      fireEvent.click(source);
    });
    expect(taroStub.navigations).toContain('/pages/cards/detail/index?slug=dongguan');
  });

  it('offers a retry when a send fails, and retries with the same clientKey', async () => {
    let attempts = 0;
    const seen = serve((op) => {
      if (op === 'MyInquiries') return { data: { myInquiries: [] } };
      if (op === 'SendInquiryMessage') {
        attempts += 1;
        if (attempts === 1) return new Error('request:fail timeout');
        return {
          data: {
            sendInquiryMessage: {
              __typename: 'SendInquiryMessageResult',
              inquiry: inquiry({ lastSeq: 1 }),
              messages: [message(1, 'USER', '谁可以申请产业名片？')],
            },
          },
        };
      }
      if (op === 'InquiryThread') return { data: { inquiry: { ...inquiry({ lastSeq: 1 }), messages: [] } } };
      return new Error(`unexpected ${op}`);
    });
    const { container } = render(<ChatPage />);
    const suggestion = await waitFor(() => {
      const el = container.querySelector('.chat-suggestion');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    await act(async () => {
      fireEvent.click(suggestion);
    });
    const retry = await waitFor(() => {
      const el = container.querySelector('.chat-retry');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    expect(container.querySelector('[data-pending="failed"]')).not.toBeNull();
    await act(async () => {
      fireEvent.click(retry);
    });
    await waitFor(() => expect(container.querySelector('[data-pending]')).toBeNull());
    const sends = seen.filter((s) => s.operationName === 'SendInquiryMessage');
    expect(sends).toHaveLength(2);
    expect(sends[1].variables.clientKey).toBe(sends[0].variables.clientKey);
    expect(container.querySelector('.chat-message--user[data-seq="1"]')).not.toBeNull();
  });

  it('resumes the open conversation: queue position, typing, then the rating after it ends', async () => {
    const queued = inquiry({ status: 'QUEUED', lastSeq: 3, queuePosition: 2, queuedAt: '2025-11-21T02:01:00.000Z' });
    const seen = serve((op, vars) => {
      if (op === 'MyInquiries') return { data: { myInquiries: [{ ...queued, lastMessage: null }] } };
      if (op === 'InquiryThread') {
        const all = [
          message(1, 'USER', '转人工'),
          message(2, 'BOT', '好的，正在为您转接人工客服，请稍候。'),
          message(3, 'SYSTEM', '已为您转接人工客服，请稍候。'),
        ];
        return { data: { inquiry: { ...queued, messages: all.filter((m) => m.seq > (vars.afterSeq ?? 0)) } } };
      }
      if (op === 'RateInquiry') return { data: { rateInquiry: inquiry({ status: 'ENDED', lastSeq: 4, rating: vars.score, ratingComment: null }) } };
      return new Error(`unexpected ${op}`);
    });
    const { container } = render(<ChatPage />);
    await waitFor(() => expect(container.querySelector('.chat-queue-position')?.textContent).toBe('排在第 2 位，前面还有 1 人'));
    expect(container.querySelectorAll('.chat-message')).toHaveLength(3);
    expect(container.querySelector('.chat-message--system')).not.toBeNull();
    expect(container.querySelector('.chat-end')).not.toBeNull();
    expect(live.subscriptions).toHaveLength(1);
    const events = live.subscriptions[0].handlers;

    await act(async () => {
      events.next({ inquiryEvents: { kind: 'TYPING', inquiry: queued, message: null, typing: { by: 'STAFF', active: true } } });
    });
    expect(container.querySelector('.chat-typing')?.textContent).toContain('对方正在输入…');

    const ended = inquiry({ status: 'ENDED', lastSeq: 4, endedAt: '2025-11-21T02:10:00.000Z' });
    await act(async () => {
      events.next({
        inquiryEvents: { kind: 'MESSAGE', inquiry: ended, message: message(4, 'SYSTEM', '工作人员已结束本次咨询，欢迎为本次服务评分。'), typing: null },
      });
    });
    const stars = await waitFor(() => {
      const list = container.querySelectorAll('.chat-rating-star');
      expect(list).toHaveLength(5);
      return list;
    });
    expect(container.querySelector('.chat-typing')).toBeNull();
    expect(container.querySelector('.chat-input')).toBeNull();
    await act(async () => {
      fireEvent.click(stars[3]);
    });
    await act(async () => {
      fireEvent.click(container.querySelector('.chat-rating-submit') as HTMLElement);
    });
    await waitFor(() => expect(container.querySelector('.chat-rated')?.getAttribute('data-score')).toBe('4'));
    expect(seen.find((s) => s.operationName === 'RateInquiry')?.variables).toMatchObject({ inquiryId: INQUIRY_ID, score: 4 });
  });
});
