// The HTTP edge (issue 10): no request ends the process (findings 1), the client address behind
// proxies (2), multipart only for signed-in users within a byte budget (10), and private files
// that never run as a page (13).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppServer } from '../../server/src/http/server.js';
import { answerClientError, guarded } from '../../server/src/http/guard.js';
import { clientAddress } from '../../server/src/http/client-address.js';
import { loadConfig } from '../../server/src/config.js';
import { logger } from '../../server/src/observability/logger.js';
import { MULTIPART_IN_FLIGHT_BYTES } from '../../server/src/http/multipart-gate.js';
import { signFileUrl } from '../../server/src/modules/files/file-store.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { type graphqlClient, listenForTests } from '../support/graphql.js';
import { signInOfficial } from '../support/accounts.js';
import { connect, rawHead, rawRequest } from '../support/raw-http.js';

let db: TestDatabase;
let app: AppServer;
let gql: ReturnType<typeof graphqlClient>;
let official: { token: string };

beforeAll(async () => {
  db = await openTestDatabase();
  ({ app, gql } = await listenForTests(db));
  official = await signInOfficial(gql);
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const healthy = async () => (await fetch(`${app.url}/healthz`)).status;

describe('finding 1: no request ends the process', () => {
  it.each(['/files/%zz', '/files/%', '/files/%E0%A4%A', '/files/attachments/%C0%AF..%C0%AF', '/files/%uD800'])(
    'GET %s is a 400, and the server stays up',
    async (target) => {
      const res = await fetch(`${app.url}${target}`);
      await res.text();
      expect(res.status).toBe(400);
      expect(await healthy()).toBe(200);
    },
  );

  it('a NUL or a path outside the store in a file link is refused, not an error', async () => {
    for (const target of ['/files/a%00b?exp=1&sig=x', '/files/..%2F..%2Fetc%2Fpasswd?exp=9999999999&sig=x', `/files/${'%41'.repeat(20_000)}`]) {
      const res = await fetch(`${app.url}${target}`);
      await res.text();
      expect([403, 404, 431]).toContain(res.status);
    }
    expect(await healthy()).toBe(200);
  });

  it('a Host header or path no URL can be made of is a 400 on every route, not a stack trace', async () => {
    for (const target of ['/graphql', '/uploads/films', '/files/x', '/healthz']) {
      for (const host of ['evil.example:99999', 'a b', '[::1']) {
        const answer = await rawRequest(
          app.url,
          `POST ${target} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nTus-Resumable: 1.0.0\r\nContent-Length: 2\r\n\r\n{}`,
        );
        expect(answer.statuses, `${target} with Host ${host}`).toEqual([400]);
        expect(answer.text).not.toContain('TypeError');
      }
    }
    expect(await healthy()).toBe(200);
  });

  it('unreadable JSON in the GraphQL query string is a 400 with a reason, not a 500', async () => {
    for (const query of ['extensions=%7B%7D%', 'variables=%7B', 'query=%7B__typename%7D&variables=nope']) {
      const res = await fetch(`${app.url}/graphql?${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/不是有效的 JSON/);
    }
  });

  it('a fragment in the request target (which only raw HTTP can send) is a 400, not a 500', async () => {
    // Seen in the robustness run with seed 482074243: `{}#frag` reached yoga as the extensions' JSON.
    for (const target of ['/graphql?extensions=%7B%7D#frag/%41', '/graphql#x', '/#top']) {
      const answer = await rawRequest(app.url, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(answer.statuses, target).toEqual([400]);
    }
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  describe('guarded(): whatever a route does', () => {
    let server: http.Server;
    let url: string;
    const routes: Record<string, Parameters<typeof guarded>[0]> = {
      '/throws': () => {
        throw new Error('boom in a route');
      },
      '/rejects': async () => {
        await Promise.resolve();
        throw new Error('boom after await');
      },
      '/half-written': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('partial');
        throw new Error('boom after the headers');
      },
      '/broken-stream': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const source = new Readable({ read() {} });
        source.pipe(res);
        source.push('first bytes');
        setImmediate(() => source.destroy(new Error('disk went away')));
      },
      '/write-after-end': (_req, res) => {
        res.end('done');
        res.write('more');
      },
    };

    beforeAll(async () => {
      server = http.createServer(guarded((req, res) => routes[req.url!](req, res)));
      server.on('clientError', answerClientError);
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('a throw or a rejection is a 500 with a request id, reported once', async () => {
      for (const route of ['/throws', '/rejects']) {
        const report = vi.spyOn(logger, 'error').mockImplementation(() => {});
        const res = await fetch(`${url}${route}`);
        expect(res.status).toBe(500);
        const id = res.headers.get('x-request-id');
        expect(id).toMatch(/^[0-9a-f-]{36}$/);
        expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message).toContain('服务器内部错误');
        expect(report).toHaveBeenCalledTimes(1);
        const [fields] = report.mock.calls[0] as unknown as [{ reqId: string; err: Error }];
        expect(fields.reqId).toBe(id);
        expect(String(fields.err)).toContain('boom');
        report.mockRestore();
      }
    });

    it('a failure after the headers went out cuts that response only', async () => {
      const report = vi.spyOn(logger, 'error').mockImplementation(() => {});
      for (const route of ['/half-written', '/broken-stream']) {
        const answer = await rawRequest(url, `GET ${route} HTTP/1.1\r\nHost: x\r\n\r\n`);
        // The connection is cut: the client sees no complete answer (at most the 200's head), never a second one.
        expect(answer.closed).toBe(true);
        expect(answer.statuses.filter((s) => s !== 200)).toEqual([]);
        expect(answer.text).not.toMatch(/0\r\n\r\n$/);
      }
      expect(report).toHaveBeenCalledTimes(2);
      // A write after the end is reported, not thrown at the process.
      await (await fetch(`${url}/write-after-end`)).text();
      await vi.waitFor(() => expect(report).toHaveBeenCalledTimes(3));
      expect((await fetch(`${url}/throws`)).status).toBe(500);
    });

    it('malformed HTTP gets a plain 4xx and is not reported', async () => {
      const report = vi.spyOn(logger, 'error').mockImplementation(() => {});
      expect((await rawRequest(url, 'GARBAGE\r\n\r\n')).statuses).toEqual([400]);
      expect((await rawRequest(url, 'GET /a\0b HTTP/1.1\r\nHost: x\r\n\r\n')).statuses).toEqual([400]);
      expect((await rawRequest(url, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)).statuses).toEqual([431]);
      expect((await rawRequest(url, 'POST /throws HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello')).statuses).toEqual([400]);
      expect(report).not.toHaveBeenCalled();
    });
  });
});

describe('finding 2: the client address behind reverse proxies', () => {
  it('TRUST_PROXY counts proxies; the entries left of theirs are the client’s own and are ignored', () => {
    expect(loadConfig({}).trustedProxyHops).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustedProxyHops).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustedProxyHops).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    // No proxy: the header is the client's and means nothing.
    expect(clientAddress('203.0.113.9', '1.2.3.4', 0)).toBe('203.0.113.9');
    // One proxy appended the address it saw; the client wrote the rest.
    expect(clientAddress('10.0.0.2', '1.2.3.4, 5.6.7.8, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', ['1.2.3.4', '198.51.100.7'], 1)).toBe('198.51.100.7');
    // A CDN and nginx: the CDN appended the client, nginx appended the CDN.
    expect(clientAddress('10.0.0.2', 'spoofed, 198.51.100.7, 192.0.2.50', 2)).toBe('198.51.100.7');
    // Fewer entries than proxies: the left-most, which a trusted proxy wrote.
    expect(clientAddress('10.0.0.2', '198.51.100.7', 2)).toBe('198.51.100.7');
    // No header, or a proxy that wrote nonsense: the connection's address.
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '1.2.3.4, not-an-address', 1)).toBe('10.0.0.2');
  });
});

describe('finding 10: multipart bodies', () => {
  const multipartHead = (length: number, auth?: string) =>
    `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: ${length}\r\n${auth ? `Authorization: ${auth}\r\n` : ''}\r\n`;

  it('without a session: 401 before a byte of the body is sent, and the connection closes', async () => {
    for (const auth of [undefined, 'Bearer not-a-real-session-token-at-all', 'Basic abc']) {
      const socket = await connect(app.url);
      const closed = new Promise((r) => socket.once('close', r));
      socket.write(multipartHead(10 * 1024 * 1024, auth));
      const head = await rawHead(socket);
      expect(head.status).toBe(401);
      expect(head.headers['content-type']).toContain('application/json');
      await closed; // the server hung up without waiting for the 10 MB
    }
  });

  it('150 at once: every one refused with no body sent, the server still answers', async () => {
    const answers = await Promise.all(
      Array.from({ length: 150 }, async () => {
        const socket = await connect(app.url);
        socket.on('error', () => {});
        socket.write(multipartHead(11 * 1024 * 1024 - 1));
        const head = await rawHead(socket);
        socket.destroy();
        return head.status;
      }),
    );
    expect(new Set(answers)).toEqual(new Set([401]));
    expect(await healthy()).toBe(200);
  });

  it('signed in: admitted while the bytes in flight fit the budget, then 503 with Retry-After', async () => {
    // Expect: 100-continue makes the admission visible: the go-ahead comes only past every check.
    const ask = async () => {
      const socket = await connect(app.url);
      socket.on('error', () => {});
      socket.write(multipartHead(10 * 1024 * 1024, `Bearer ${official.token}`).replace('\r\n\r\n', '\r\nExpect: 100-continue\r\n\r\n'));
      return { socket, head: await rawHead(socket) };
    };
    const held = [];
    for (let i = 0; i < Math.floor(MULTIPART_IN_FLIGHT_BYTES / (10 * 1024 * 1024)); i++) {
      const admitted = await ask();
      expect(admitted.head.status).toBe(100);
      held.push(admitted.socket);
    }
    const over = await ask();
    expect(over.head.status).toBe(503);
    expect(over.head.headers['retry-after']).toBe('5');
    over.socket.destroy();
    // Requests abandoned half-way give their bytes back.
    for (const s of held) s.destroy();
    await vi.waitFor(
      async () => {
        const again = await ask();
        again.socket.destroy();
        expect(again.head.status).toBe(100);
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(await healthy()).toBe(200);
  });

  it('without a session, an upload that asks first (Expect: 100-continue) gets 401 instead of the go-ahead', async () => {
    const socket = await connect(app.url);
    socket.write(multipartHead(10 * 1024 * 1024).replace('\r\n\r\n', '\r\nExpect: 100-continue\r\n\r\n'));
    expect((await rawHead(socket)).status).toBe(401);
    socket.destroy();
  });
});

describe('finding 13: private files', () => {
  const secret = () => gql.services.config.appSecret;
  const store = (key: string, bytes: string | Uint8Array) =>
    gql.services.privateFiles.write(key, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);

  it('an image is shown inline, sandboxed, never sniffed', async () => {
    await store('attachments/t/picture.png', '\x89PNG\r\n\x1a\n<script>alert(1)</script>');
    const res = await fetch(`${app.url}${signFileUrl(secret(), 'attachments/t/picture.png', { name: '现场照片.png' })}`);
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/(^|; )sandbox(;|$)/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="____.png"; filename*=UTF-8''${encodeURIComponent('现场照片')}.png`);
  });

  it('a PDF or a spreadsheet is saved under its stored name (RFC 5987), bidi overrides removed', async () => {
    await store('attachments/t/plan.pdf', '%PDF-1.4\n<script>alert(1)</script>');
    const name = "产业规划 (终稿)'s\u202Efdp.exe";
    const res = await fetch(`${app.url}${signFileUrl(secret(), 'attachments/t/plan.pdf', { name })}`);
    await res.arrayBuffer();
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="[ -~]+"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(disposition.split("''")[1])).toBe("产业规划 (终稿)'sfdp.exe");
    // Without a name, the key's own file name.
    const bare = await fetch(`${app.url}${signFileUrl(secret(), 'attachments/t/plan.pdf')}`);
    await bare.arrayBuffer();
    expect(bare.headers.get('content-disposition')).toBe(`attachment; filename="plan.pdf"; filename*=UTF-8''plan.pdf`);
  });

  it('the name is signed with the link: changed, removed or added, the link is refused', async () => {
    await store('exports/t/list.xlsx', 'PK');
    const link = signFileUrl(secret(), 'exports/t/list.xlsx', { name: '申请.xlsx' });
    expect((await fetch(`${app.url}${link}`)).status).toBe(200);
    for (const forged of [
      link.replace(/name=[^&]+/, `name=${encodeURIComponent('evil.html')}`),
      link.replace(/&name=[^&]+/, ''),
      `${signFileUrl(secret(), 'exports/t/list.xlsx')}&name=evil.html`,
    ]) {
      const res = await fetch(`${app.url}${forged}`);
      await res.text();
      expect(res.status, forged).toBe(403);
    }
  });

  it('only GET and HEAD', async () => {
    const link = signFileUrl(secret(), 'exports/t/list.xlsx');
    const head = await fetch(`${app.url}${link}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('2');
    const post = await fetch(`${app.url}${link}`, { method: 'POST', body: 'x' });
    await post.text();
    expect(post.status).toBe(405);
  });

  it('links built by the server still work: an attachment carries its own name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'att-'));
    try {
      const { saveApplicationDraft: d } = await gql
        .as(official.token)
        .data(`mutation { saveApplicationDraft(input: { leadUnit: "测试单位" }) { ... on Application { id } } }`);
      const form = new FormData();
      form.set(
        'operations',
        JSON.stringify({
          query: `mutation($id: ID!, $file: File!) { uploadApplicationAttachment(applicationId: $id, file: $file) { ... on Attachment { url } ... on Error { message } } }`,
          variables: { id: d.id, file: null },
        }),
      );
      form.set('map', JSON.stringify({ 0: ['variables.file'] }));
      form.set('0', new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), '产业 规划.pdf');
      const up = (await (
        await fetch(`${app.url}/graphql`, {
          method: 'POST',
          body: form,
          headers: { authorization: `Bearer ${official.token}`, 'graphql-require-preflight': '1' },
        })
      ).json()) as any;
      const url: string = up.data.uploadApplicationAttachment.url;
      expect(url).toContain(`name=${encodeURIComponent('产业 规划.pdf')}`);
      const res = await fetch(`${app.url}${url}`);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('产业 规划.pdf')}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
