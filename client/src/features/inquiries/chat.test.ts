import { describe, expect, it } from 'vitest';
import {
  formatSeconds,
  mergeMessages,
  newClientKey,
  newerInquiry,
  percent,
  queueNumbers,
  secondsSince,
  sourceTarget,
  startsNewTimeGroup,
  unconfirmed,
  type ChatInquiry,
  type ChatMessage,
  type PendingMessage,
} from './chat';

const msg = (seq: number, author: ChatMessage['author'] = 'BOT', text = `m${seq}`, createdAt = '2025-11-21T10:00:00Z'): ChatMessage => ({
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
  createdAt,
});

const inquiry = (lastSeq: number, status: ChatInquiry['status'] = 'BOT'): ChatInquiry => ({
  id: 'I1',
  status,
  subject: 's',
  lastSeq,
  queuePosition: null,
  staffName: null,
  createdAt: '2025-11-21T10:00:00Z',
  queuedAt: null,
  endedAt: null,
  rating: null,
  ratingComment: null,
});

describe('mergeMessages', () => {
  it('keeps sequence order and each message once', () => {
    const merged = mergeMessages([msg(1), msg(3)], [msg(2), msg(3), msg(4)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('returns the same list when nothing is new', () => {
    const list = [msg(1), msg(2)];
    expect(mergeMessages(list, [msg(2)])).toBe(list);
    expect(mergeMessages(list, [])).toBe(list);
  });
});

describe('newerInquiry', () => {
  it('ignores an older state of the same conversation', () => {
    const current = inquiry(4, 'QUEUED');
    expect(newerInquiry(current, inquiry(2, 'BOT'))).toBe(current);
    expect(newerInquiry(current, inquiry(4, 'QUEUED')).status).toBe('QUEUED');
    expect(newerInquiry(current, inquiry(5, 'HUMAN')).status).toBe('HUMAN');
    expect(newerInquiry(null, inquiry(1)).lastSeq).toBe(1);
  });
});

describe('newClientKey', () => {
  it('fits the server rule and differs each time', () => {
    const a = newClientKey();
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newClientKey()).not.toBe(a);
  });
});

describe('unconfirmed', () => {
  const pending = (text: string, afterSeq: number, state: PendingMessage['state'] = 'sending'): PendingMessage => ({
    clientKey: `k-${text}-${afterSeq}`,
    text,
    state,
    inquiryId: 'I1',
    afterSeq,
  });

  it('hides a sending bubble once its copy has come from the server', () => {
    const p = [pending(' 你好 ', 2)];
    expect(unconfirmed([msg(1), msg(2)], p)).toHaveLength(1);
    expect(unconfirmed([msg(1), msg(2), msg(3, 'USER', '你好')], p)).toHaveLength(0);
  });

  it('does not match an earlier message with the same text, and pairs each copy once', () => {
    const p = [pending('好的', 3), pending('好的', 3)];
    const messages = [msg(2, 'USER', '好的'), msg(4, 'USER', '好的')];
    expect(unconfirmed(messages, p)).toHaveLength(1);
  });

  it('keeps failed bubbles (they carry the retry)', () => {
    expect(unconfirmed([msg(3, 'USER', 'x')], [pending('x', 2, 'failed')])).toHaveLength(1);
  });
});

describe('formatSeconds', () => {
  it('reads as minutes and seconds', () => {
    expect(formatSeconds(192, 'zh')).toBe('3分12秒');
    expect(formatSeconds(192, 'en')).toBe('3m 12s');
    expect(formatSeconds(42.4, 'zh')).toBe('42秒');
    expect(formatSeconds(3 * 3600 + 5 * 60 + 9, 'zh')).toBe('3小时5分');
    expect(formatSeconds(-5, 'zh')).toBe('0秒');
  });

  it('counts from a time', () => {
    expect(secondsSince('2025-11-21T10:00:00Z', Date.parse('2025-11-21T10:03:12Z'))).toBe(192);
    expect(secondsSince(null, Date.now())).toBe(0);
  });
});

describe('sourceTarget', () => {
  it('opens app pages, copies web links, and leaves the rest as text', () => {
    expect(sourceTarget('/pages/cards/detail/index?slug=dongguan')).toEqual({ kind: 'page', url: '/pages/cards/detail/index?slug=dongguan' });
    expect(sourceTarget('https://www.miit.gov.cn/')).toEqual({ kind: 'link', url: 'https://www.miit.gov.cn/' });
    expect(sourceTarget(null)).toEqual({ kind: 'none' });
    expect(sourceTarget('/media/x.pdf')).toEqual({ kind: 'none' });
  });
});

describe('small wording helpers', () => {
  it('groups messages by time gaps', () => {
    expect(startsNewTimeGroup(undefined, msg(1))).toBe(true);
    expect(startsNewTimeGroup(msg(1), msg(2, 'BOT', 'x', '2025-11-21T10:04:00Z'))).toBe(false);
    expect(startsNewTimeGroup(msg(1), msg(2, 'BOT', 'x', '2025-11-21T10:06:00Z'))).toBe(true);
  });

  it('queue numbers and percentages', () => {
    expect(queueNumbers(3)).toEqual({ position: 3, ahead: 2 });
    expect(queueNumbers(null)).toBeNull();
    expect(percent(0.4236)).toBe('42%');
    expect(percent(null)).toBeNull();
  });
});
