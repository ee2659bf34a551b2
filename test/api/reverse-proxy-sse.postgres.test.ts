// The nginx site file (deploy/nginx/cards.conf) passes Server-Sent Events through unbuffered: a
// small event reaches the visitor at once, not when a proxy buffer fills. The conversation is
// written through one instance and may be followed through the other, so both share one
// PostgreSQL database.
import crypto from 'node:crypto';
import { expect, it, vi } from 'vitest';
import { print } from 'graphql';
import { InquiryEventsDocument, SendInquiryMessageDocument } from '@cards/schema';
import { newClientAddress, useProxiedInstances } from '../support/proxied-instances.js';
import { describeOnPostgres } from '../support/services.js';

describeOnPostgres('Server-Sent Events through nginx', () => {
  const proxied = useProxiedInstances(true);

  it('pass through unbuffered', { timeout: 60_000 }, async () => {
    const visitor = { 'x-device-id': `dev-${crypto.randomUUID()}` };
    const from = newClientAddress();
    const send = (inquiryId: string | null, text: string) =>
      proxied
        .postFrom(from, { query: print(SendInquiryMessageDocument), variables: { inquiryId, text, clientKey: crypto.randomUUID() } }, visitor)
        .then((r) => r.data.sendInquiryMessage);
    const first = await send(null, '你好');
    expect(first.__typename).toBe('SendInquiryMessageResult');
    const inquiryId = first.inquiry.id as string;
    const controller = new AbortController();
    const stream = await fetch(`${proxied.nginx.url}/graphql`, {
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
    let sent = 0;
    await vi.waitFor(
      async () => {
        if (received.includes('流式测试')) return;
        await send(inquiryId, `流式测试 ${sent++}`);
        throw new Error(`no event through nginx; got: ${received.slice(0, 500)}`);
      },
      { timeout: 30_000, interval: 500 },
    );
    controller.abort();
    await reading;
  });
});
