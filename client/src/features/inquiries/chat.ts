// Pure helpers of the inquiry pages (咨询): message lists, optimistic sends, times and sources.
// No live code here: the main package may import this file.
import type { InquiryFieldsFragment, InquiryMessageFieldsFragment } from '@cards/schema';
import type { Lang } from '../../i18n/store';
import { formatDate, formatDateTime, formatTime } from '../../utils/format';

export type ChatMessage = InquiryMessageFieldsFragment;
export type ChatInquiry = InquiryFieldsFragment;

/** The chat page. */
export const CHAT_URL = '/pages/inquiries/chat/index';
export const chatUrl = (inquiryId?: string | null) => (inquiryId ? `${CHAT_URL}?id=${encodeURIComponent(inquiryId)}` : CHAT_URL);

/** Staff pages. */
export const INBOX_URL = '/pages/staff/inquiries/index';
export const threadUrl = (inquiryId: string) => `/pages/staff/inquiry/index?id=${encodeURIComponent(inquiryId)}`;
export const CANNED_URL = '/pages/staff/canned-replies/index';
export const FAQ_URL = '/pages/staff/faqs/index';
export const BOT_MISSES_URL = '/pages/staff/bot-misses/index';
export const INQUIRY_STATS_URL = '/pages/staff/inquiry-stats/index';

/** Adds messages to a list kept in sequence order, once each (a later copy of a seq replaces the earlier). */
export function mergeMessages(current: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  if (!incoming.length) return current;
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  let changed = false;
  for (const m of incoming) {
    const had = bySeq.get(m.seq);
    if (had && had.id === m.id && had.text === m.text) continue;
    bySeq.set(m.seq, m);
    changed = true;
  }
  if (!changed) return current;
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export const lastSeqOf = (messages: ChatMessage[]) => (messages.length ? messages[messages.length - 1].seq : 0);

/**
 * Takes a newer state of the same conversation only: a mutation's answer can be older than a live
 * event that came first (it never has a lower `lastSeq` than what was already seen).
 */
export function newerInquiry<T extends ChatInquiry>(current: T | null, incoming: T): T {
  if (!current || current.id !== incoming.id) return incoming;
  return incoming.lastSeq >= current.lastSeq ? { ...current, ...incoming } : current;
}

/** A random idempotency key for one message (8–64 of [A-Za-z0-9_-]); a retry sends the same key. */
export { newClientKey } from '../../utils/clientKey';

/** The text as the server keeps it (line breaks normalised, trimmed). */
export const normalizeText = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** A message shown before the server has it. */
export interface PendingMessage {
  clientKey: string;
  text: string;
  state: 'sending' | 'failed';
  error?: string;
  /** The conversation it goes to (null: it starts one); a retry goes there with the same key. */
  inquiryId: string | null;
  /** The last sequence number shown when it was sent: its own copy will come after it. */
  afterSeq: number;
}

/**
 * The pending bubbles still to show: a sending one disappears as soon as the server's copy has
 * arrived (live events can be faster than the mutation's answer).
 */
export function unconfirmed(messages: ChatMessage[], pending: PendingMessage[]): PendingMessage[] {
  if (!pending.length) return pending;
  const claimed = new Set<number>();
  return pending.filter((p) => {
    if (p.state !== 'sending') return true;
    const text = normalizeText(p.text);
    const copy = messages.find((m) => m.author === 'USER' && m.seq > p.afterSeq && !claimed.has(m.seq) && m.text === text);
    if (!copy) return true;
    claimed.add(copy.seq);
    return false;
  });
}

/** 3分12秒 / 3m 12s; hours above an hour. */
export function formatSeconds(total: number, lang: Lang): string {
  const s = Math.max(0, Math.round(total));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (lang === 'en') {
    if (h) return `${h}h ${m}m`;
    if (m) return `${m}m ${sec}s`;
    return `${sec}s`;
  }
  if (h) return `${h}小时${m}分`;
  if (m) return `${m}分${sec}秒`;
  return `${sec}秒`;
}

/** Seconds from an ISO time to `now` (0 when unknown or in the future). */
export function secondsSince(iso: string | null | undefined, now: number): number {
  if (!iso) return 0;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : Math.max(0, (now - t) / 1000);
}

/** What tapping a bot source does: open an in-app page, copy a web link, or nothing. */
export type SourceTarget = { kind: 'page'; url: string } | { kind: 'link'; url: string } | { kind: 'none' };

export function sourceTarget(url: string | null | undefined): SourceTarget {
  if (!url) return { kind: 'none' };
  if (url.startsWith('/pages/')) return { kind: 'page', url };
  if (/^https?:\/\//i.test(url)) return { kind: 'link', url };
  return { kind: 'none' };
}

/** A time line goes above a message that starts the list or comes 5 minutes after the previous one. */
export function startsNewTimeGroup(previous: ChatMessage | undefined, message: ChatMessage): boolean {
  if (!previous) return true;
  return Date.parse(message.createdAt) - Date.parse(previous.createdAt) > 5 * 60_000;
}

/** Queue wording: [position, people ahead], or null when not waiting. */
export function queueNumbers(position: number | null | undefined): { position: number; ahead: number } | null {
  if (!position || position < 1) return null;
  return { position, ahead: position - 1 };
}

/** 0.423 → "42%"; null → null. */
export function percent(share: number | null | undefined): string | null {
  if (share == null || Number.isNaN(share)) return null;
  return `${Math.round(share * 100)}%`;
}

/** 10:32 today, else 2025-11-20 10:32 (China time). */
export function timeLabel(iso: string, now: Date = new Date()): string {
  return formatDate(iso) === formatDate(now.toISOString()) ? formatTime(iso) : formatDateTime(iso);
}
