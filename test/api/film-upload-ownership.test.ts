// Finding 14 of issue 10 (tus part): an upload in progress belongs to the staff member who began
// it. Another staff member can neither see (HEAD), resume (PATCH) nor delete (DELETE) it, nor
// claim it by sending someone else's id in the metadata; an admin can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type AppServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { graphqlClient, testServices } from '../support/graphql.js';
import { signInStaff } from '../support/accounts.js';

let db: TestDatabase;
let app: AppServer;
let owner: { token: string; userId: string };
let colleague: { token: string; userId: string };
let admin: { token: string };
let cardId: string;

beforeAll(async () => {
  db = await openTestDatabase();
  const services = testServices({ PORT: '0' });
  app = await listen(db, services.config, services);
  const gql = graphqlClient(db, services);
  owner = await signInStaff(gql, db);
  colleague = await signInStaff(gql, db);
  admin = await signInStaff(gql, db, 'ADMIN');
  cardId = (await db.prisma.card.findFirstOrThrow({ where: { status: 'PUBLISHED' } })).id;
});
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const tus = (token: string, extra: Record<string, string> = {}) => ({ 'tus-resumable': '1.0.0', authorization: `Bearer ${token}`, ...extra });
const metadata = (entries: Record<string, string>) =>
  Object.entries(entries)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

/** Starts an upload of 1000 bytes and sends the first 100; returns its URL. */
async function begin(token: string, extra: Record<string, string> = {}): Promise<string> {
  const created = await fetch(`${app.url}/uploads/films`, {
    method: 'POST',
    headers: tus(token, { 'upload-length': '1000', 'upload-metadata': metadata({ cardId, title: '半途', ...extra }) }),
  });
  expect(created.status).toBe(201);
  const url = new URL(created.headers.get('location')!, app.url).toString();
  const patch = await fetch(url, {
    method: 'PATCH',
    headers: tus(token, { 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }),
    body: new Uint8Array(100),
  });
  expect(patch.status).toBe(204);
  return url;
}

/** The uploader finds their upload where `begin` left it (100 bytes in). */
async function expectOwnerSeesItWhole(url: string) {
  const head = await fetch(url, { method: 'HEAD', headers: tus(owner.token) });
  expect(head.status).toBe(200);
  expect(head.headers.get('upload-offset')).toBe('100');
}

describe('tus uploads in progress', () => {
  it('the uploader can see and resume their own upload', async () => {
    const url = await begin(owner.token);
    await expectOwnerSeesItWhole(url);
  });

  it('another staff member gets "not found" for HEAD, PATCH, DELETE and GET; the upload is untouched', async () => {
    const url = await begin(owner.token);
    for (const method of ['HEAD', 'PATCH', 'DELETE', 'GET']) {
      const res = await fetch(url, {
        method,
        headers: tus(colleague.token, method === 'PATCH' ? { 'upload-offset': '100', 'content-type': 'application/offset+octet-stream' } : {}),
        body: method === 'PATCH' ? new Uint8Array(50) : undefined,
      });
      await res.arrayBuffer();
      expect(res.status, method).toBe(404);
    }
    await expectOwnerSeesItWhole(url);
  });

  it('metadata naming someone else as the uploader is overwritten with the real one', async () => {
    const url = await begin(colleague.token, { uploaderId: owner.userId });
    expect((await fetch(url, { method: 'HEAD', headers: tus(owner.token) })).status).toBe(404);
    expect((await fetch(url, { method: 'HEAD', headers: tus(colleague.token) })).status).toBe(200);
  });

  it('an admin may look at and delete anyone’s upload', async () => {
    const url = await begin(owner.token);
    expect((await fetch(url, { method: 'HEAD', headers: tus(admin.token) })).status).toBe(200);
    expect((await fetch(url, { method: 'DELETE', headers: tus(admin.token) })).status).toBe(204);
    expect((await fetch(url, { method: 'HEAD', headers: tus(owner.token) })).status).toBe(404);
  });

  it('the uploader may delete their own', async () => {
    const url = await begin(owner.token);
    expect((await fetch(url, { method: 'DELETE', headers: tus(owner.token) })).status).toBe(204);
  });
});
