// An unexpected error (here: the database is gone) is logged with its cause and the request id
// the client got in X-Request-Id, while the client itself sees only the masked message.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { print } from 'graphql';
import { ProvincesDocument } from '@cards/schema';
import { configureLogging } from '../../server/src/observability/logger.js';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { testServices } from '../support/graphql.js';

const lines: Record<string, any>[] = [];
let db: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  configureLogging({ level: 'info', format: 'json' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  db = await openTestDatabase();
  const services = testServices({ PORT: '0', NODE_ENV: 'production', TRUSTED_DOCUMENTS: '0' });
  app = await listen(db, services.config, services);
});
afterAll(async () => {
  await app?.close();
});

it('shows a refusal as it is in production, with a code, and does not log it as unexpected', async () => {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ applications(first: 1) { totalCount } }' }),
  });
  const body = (await res.json()) as { errors: { message: string; extensions?: { code?: string } }[] };
  expect(body.errors).toEqual([
    expect.objectContaining({ message: '没有权限执行此操作（Not allowed）', extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
  ]);
  const requestId = res.headers.get('x-request-id');
  await expect.poll(() => lines.some((l) => l.reqId === requestId && l.status !== undefined)).toBe(true);
  expect(lines.filter((l) => l.reqId === requestId && l.level >= 50)).toEqual([]);
});

it('logs an unexpected error with the request id, and the client gets the id but not the cause', async () => {
  await db.close();
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(ProvincesDocument) }),
  });
  const body = (await res.json()) as { errors: { message: string }[] };
  const requestId = res.headers.get('x-request-id');
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(body.errors.map((e) => e.message)).toEqual(['Unexpected error.']);

  await expect.poll(() => lines.some((l) => l.reqId === requestId && l.status !== undefined)).toBe(true);
  const mine = lines.filter((l) => l.reqId === requestId);
  const error = mine.find((l) => l.msg === 'unexpected error in a GraphQL operation');
  expect(error).toMatchObject({ level: 50, operation: 'Provinces', path: 'regions', err: { message: expect.any(String), stack: expect.any(String) } });
  expect(JSON.stringify(body)).not.toContain(error!.err.message);
  expect(mine.find((l) => l.status !== undefined)).toMatchObject({ operation: 'Provinces', status: 200, errors: ['INTERNAL_SERVER_ERROR'] });
});
