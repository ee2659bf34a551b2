// Helpers for live inquiry tests: GraphQL over real HTTP, the app's own live client logic
// (client/src/features/inquiries/live), and a stand-in for WeChat's wx.connectSocket backed by a
// real WebSocket.
import crypto from 'node:crypto';
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { InquiryThreadDocument, SendInquiryMessageDocument } from '@cards/schema';
import { followInquiry, type LiveMessage } from '../../client/src/features/inquiries/live/follow.js';
import type { LiveTransport } from '../../client/src/features/inquiries/live/transport.js';
import type { SocketTaskLike } from '../../client/src/features/inquiries/live/wx-socket.js';

/** A GraphQL request over real HTTP; throws on GraphQL errors. */
export async function post<R, V>(base: string, doc: TypedDocumentNode<R, V>, variables: V, headers: Record<string, string>): Promise<R> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('\n'));
  return body.data!;
}

/** Sends a message to a conversation (as the visitor or the staff member in `headers`). */
export async function sendText(base: string, headers: Record<string, string>, inquiryId: string, text: string): Promise<void> {
  const r = await post(base, SendInquiryMessageDocument, { inquiryId, text, clientKey: crypto.randomUUID() }, headers);
  if (r.sendInquiryMessage.__typename !== 'SendInquiryMessageResult') throw new Error(r.sendInquiryMessage.message);
}

/** A socket task as WeChat's wx.connectSocket returns it, backed by a real WebSocket. */
export function wxConnectSocket(options: { url: string; protocols: string[] }): SocketTaskLike {
  const ws = new WebSocket(options.url, options.protocols);
  return {
    onOpen: (cb) => ws.on('open', () => cb({})),
    onMessage: (cb) => ws.on('message', (data) => cb({ data: data.toString() })),
    onClose: (cb) => ws.on('close', (code, reason) => cb({ code, reason: reason.toString() })),
    onError: (cb) => ws.on('error', (err) => cb({ errMsg: err.message })),
    send: ({ data, fail }) => ws.send(data, (err) => err && fail?.({ errMsg: err.message })),
    close: ({ code, reason }) => ws.close(code, reason),
  };
}

/** Follows a conversation with the app's own client logic, collecting what it delivers. */
export function follow(transport: LiveTransport, base: string, headers: Record<string, string>, inquiryId: string) {
  const messages: LiveMessage[] = [];
  const connections: string[] = [];
  const typing: { by: string; active: boolean }[] = [];
  const following = followInquiry({
    transport,
    inquiryId,
    afterSeq: 0,
    fetchSince: async (afterSeq) => {
      const { inquiry } = await post(base, InquiryThreadDocument, { id: inquiryId, afterSeq }, headers);
      return inquiry ? { inquiry, messages: inquiry.messages } : null;
    },
    onMessages: (m) => messages.push(...m),
    onTyping: (t) => typing.push(t),
    onConnection: (state) => connections.push(state),
  });
  const texts = () => messages.map((m) => m.text);
  return { following, messages, connections, typing, texts };
}

export async function until(check: () => boolean, what: string, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** What one raw subscription received: results (data or errors), and whether the server completed it. */
export interface RawSubscription {
  results: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }[];
  completed: () => boolean;
  /** The transport's own refusal (graphql-ws error message), if any. */
  failures: unknown[];
  close(): void;
}

/** A subscription over a raw Server-Sent Events stream (graphql-yoga's distinct-connections mode). */
export function rawSse(base: string, headers: Record<string, string>, doc: TypedDocumentNode<any, any>, variables: Record<string, unknown>): RawSubscription {
  const results: RawSubscription['results'] = [];
  const failures: unknown[] = [];
  let completed = false;
  const abort = new AbortController();
  void (async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
      body: JSON.stringify({ query: print(doc), variables }),
      signal: abort.signal,
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event === 'next' && data) results.push(JSON.parse(data));
        if (event === 'complete') completed = true;
      }
    }
  })().catch((err) => {
    if (!abort.signal.aborted) failures.push(err);
  });
  return { results, failures, completed: () => completed, close: () => abort.abort() };
}

/** A subscription over graphql-transport-ws on a real WebSocket (one socket per subscription). */
export function rawWs(base: string, params: Record<string, string>, doc: TypedDocumentNode<any, any>, variables: Record<string, unknown>): RawSubscription {
  const results: RawSubscription['results'] = [];
  const failures: unknown[] = [];
  let completed = false;
  const client = createWsClient({
    url: `${base.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: params,
    retryAttempts: 0,
    lazy: true,
  });
  client.subscribe(
    { query: print(doc), variables },
    { next: (r) => void results.push(r as never), error: (err) => void failures.push(err), complete: () => void (completed = true) },
  );
  return { results, failures, completed: () => completed, close: () => void client.dispose() };
}
