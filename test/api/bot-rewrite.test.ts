// The optional rewrite by an OpenAI-compatible chat endpoint, against a local stand-in that speaks
// the protocol: grounded on the retrieved answer, and the plain answer on any error or timeout.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotAnswerDocument } from '@cards/schema';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';

type Mode = 'ok' | 'error' | 'slow' | 'garbage';
let mode: Mode = 'ok';
const received: { path: string; auth: string | undefined; body: any }[] = [];
const held: http.ServerResponse[] = [];
let stub: http.Server;
let db: TestDatabase;
let gql: ReturnType<typeof graphqlClient>;
/** The same bot with a short timeout, for an endpoint that never answers. */
let impatient: ReturnType<typeof graphqlClient>;

beforeAll(async () => {
  stub = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      received.push({ path: req.url!, auth: req.headers.authorization, body: JSON.parse(raw) });
      if (mode === 'error') return void res.writeHead(500).end('{"error":{"message":"overloaded"}}');
      if (mode === 'garbage') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices":[]}');
      const reply = () =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: 'chatcmpl-1',
            object: 'chat.completion',
            choices: [{ index: 0, message: { role: 'assistant', content: '您好！县级区域可以申请。' }, finish_reason: 'stop' }],
          }),
        );
      // A slow endpoint never answers while the test runs: only the timeout can end the wait.
      if (mode === 'slow') held.push(res);
      else reply();
    });
  });
  await new Promise<void>((r) => stub.listen(0, '127.0.0.1', r));
  db = await openTestDatabase();
  const base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/v1`;
  const llm = { BOT_LLM_BASE_URL: base, BOT_LLM_API_KEY: 'sk-test', BOT_LLM_MODEL: 'qwen-test' };
  // A generous timeout where the endpoint answers, so a busy machine cannot turn a reply into a fallback.
  gql = graphqlClient(db, testServices({ ...llm, BOT_LLM_TIMEOUT_MS: '15000' }));
  impatient = graphqlClient(db, testServices({ ...llm, BOT_LLM_TIMEOUT_MS: '300' }));
});
afterAll(async () => {
  for (const res of held) res.destroy();
  await gql?.services.close();
  await impatient?.services.close();
  await db?.close();
  stub.closeAllConnections();
  await new Promise((r) => stub.close(r));
});

const ask = async (question: string, client = gql) => (await client.data(BotAnswerDocument, { question })).botAnswer;

describe('rewriting the bot’s answer through an OpenAI-compatible endpoint', () => {
  it('sends the retrieved answer as the only material, and uses the reply', async () => {
    mode = 'ok';
    received.length = 0;
    const faq = await db.prisma.faq.findUniqueOrThrow({ where: { key: 'county-eligible' } });
    const answer = await ask('我们是一个县，可以报名吗？');
    expect(answer).toMatchObject({ text: '您好！县级区域可以申请。', confident: true, sources: [{ title: faq.sourceTitle }] });
    expect(received).toHaveLength(1);
    const [call] = received;
    expect(call.path).toBe('/v1/chat/completions');
    expect(call.auth).toBe('Bearer sk-test');
    expect(call.body.model).toBe('qwen-test');
    expect(call.body.messages[0]).toMatchObject({ role: 'system' });
    expect(call.body.messages[0].content).toContain('只能依据');
    expect(call.body.messages[1].content).toContain(faq.answer);
    expect(call.body.messages[1].content).toContain('我们是一个县，可以报名吗？');
  });

  it.each<Mode>(['error', 'slow', 'garbage'])('falls back to the plain answer when the endpoint gives %s', async (m) => {
    mode = m;
    const faq = await db.prisma.faq.findUniqueOrThrow({ where: { key: 'county-eligible' } });
    const answer = await ask('我们是一个县，可以报名吗？', m === 'slow' ? impatient : gql);
    expect(answer.text).toBe(faq.answer);
  });

  it('does not call it for hand-overs or unsure answers', async () => {
    mode = 'ok';
    received.length = 0;
    expect((await ask('转人工')).handoff).toBe(true);
    expect((await ask('明天天气怎么样')).confident).toBe(false);
    expect(received).toHaveLength(0);
  });
});
