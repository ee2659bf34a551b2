// The nginx site file (deploy/nginx/cards.conf) passes Server-Sent Events through unbuffered: a
// small event reaches the visitor at once, not when a proxy buffer fills. The conversation is
// written through one instance and may be followed through the other, so both share one
// PostgreSQL database.
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { print } from 'graphql';
import { InquiryEventsDocument, SendInquiryMessageDocument } from '@cards/schema';
import type { RunningNginx } from '../support/nginx.js';
import { newClientAddress, postFrom as postThrough, startProxiedInstances, type ProxiedInstances } from '../support/proxied-instances.js';
import { describeOnPostgres } from '../support/services.js';

describeOnPostgres('Server-Sent Events through nginx', () => {
  let proxied: ProxiedInstances;
  let nginx: RunningNginx;

  beforeAll(async () => {
    proxied = await startProxiedInstances(true);
    ({ nginx } = proxied);
  }, 180_000);
  afterAll(() => proxied?.stop());

  const postFrom = (localAddress: string, body: unknown, headers: Record<string, string> = {}) => postThrough(nginx.url, localAddress, body, headers);

  it('pass through unbuffered', { timeout: 60_000 }, async () => {
    const visitor = { 'x-device-id': `dev-${crypto.randomUUID()}` };
    const from = newClientAddress();
    const send = (inquiryId: string | null, text: string) =>
      postFrom(from, { query: print(SendInquiryMessageDocument), variables: { inquiryId, text, clientKey: crypto.randomUUID() } }, visitor).then(
        (r) => r.data.sendInquiryMessage,
      );
    const first = await send(null, '你好');
    expect(first.__typename).toBe('SendInquiryMessageResult');
    const inquiryId = first.inquiry.id as string;
    const controller = new AbortController();
    const stream = await fetch(`${nginx.url}/graphql`, {
      method: 'POST',
      signal: controller.signal,
      headers: { ...visitor, 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: print(InquiryEventsDocument), variables: { inquiryId } }),
    });
    expect(stream.status).toBe(200);
    let received = '';
    const reader = stream.body!.getReader();
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received += new TextDecoder().decode(value);
      }
    })().catch(() => {});
    // A small event must arrive at once, not when a proxy buffer fills. The subscription may
    // still be registering when the first message goes out, so send until one is heard.
    const deadline = Date.now() + 30_000;
    for (let i = 0; !received.includes('流式测试'); i++) {
      if (Date.now() > deadline) throw new Error(`no event through nginx; got: ${received.slice(0, 500)}`);
      await send(inquiryId, `流式测试 ${i}`);
      await Promise.race([reading, new Promise((r) => setTimeout(r, 500))]);
    }
    controller.abort();
    await reading;
  });
});
