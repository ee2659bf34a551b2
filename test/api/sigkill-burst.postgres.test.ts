// SIGKILL in the middle of a burst of writes: officials submit applications and visitors send
// inquiry messages, each with an idempotency key, retrying until acknowledged. The server process
// is killed mid-burst and started again. Afterwards every acknowledged write is present exactly
// once: none lost, none doubled. Needs PostgreSQL (CI's PostgreSQL pass): the killed process and
// its successor share the database.
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { print } from 'graphql';
import { SaveApplicationDraftDocument, SendInquiryMessageDocument, SubmitApplicationDocument } from '@cards/schema';
import { createSession } from '../../server/src/modules/auth/sessions.js';
import { openTestDatabase, type TestDatabase } from '../support/db.js';
import { startServer, type RunningServer } from '../support/server.js';
import { validForm } from '../support/applications.js';
import { describeOnPostgres } from '../support/services.js';

const CITIES = ['130100', '130200', '130300', '130400', '130500', '130600', '130700', '130800', '130900', '131000'];
const VISITORS = 8;
const MESSAGES_EACH = 6;

describeOnPostgres('SIGKILL during a burst of writes', () => {
  let db: TestDatabase;
  let server: RunningServer;
  const env = () => ({ DATABASE_URL: db.url!, SAMPLE_FILMS: '0', INQUIRY_HOURS: 'always', APP_SECRET: 'burst' });

  beforeAll(async () => {
    db = await openTestDatabase();
    server = await startServer({ env: env() });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  let retries = 0;
  /** Sends until the server answers (a restart in between is just a longer wait). */
  async function untilAnswered(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<any> {
    for (let attempt = 0; attempt < 400; attempt++) {
      try {
        const res = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        if (res.status === 200) {
          const body = (await res.json()) as { data?: any; errors?: unknown[] };
          if (body.data && !body.errors) return body.data;
        } else await res.body?.cancel();
      } catch {
        // connection refused or reset: the server is down
      }
      retries++;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('never answered');
  }

  it('keeps every acknowledged write exactly once', { timeout: 180_000 }, async () => {
    // Officials with complete drafts, signed in directly in the database.
    const officials: { token: string; draftId: string; version: number }[] = [];
    for (const [i, code] of CITIES.entries()) {
      const user = await db.prisma.user.create({ data: { role: 'OFFICIAL', phone: `1370000${String(i).padStart(4, '0')}`, displayName: `官员${i}` } });
      const { token } = await createSession(db.prisma, user.id);
      const data = await untilAnswered(
        print(SaveApplicationDraftDocument),
        { input: validForm({ regionCode: code }), clientKey: crypto.randomUUID() },
        { authorization: `Bearer ${token}` },
      );
      officials.push({ token, draftId: data.saveApplicationDraft.id, version: data.saveApplicationDraft.version });
    }

    const acknowledged = { submissions: [] as string[], messages: [] as string[] };
    const submissions = officials.map(async (o) => {
      const clientKey = crypto.randomUUID();
      const data = await untilAnswered(
        print(SubmitApplicationDocument),
        { id: o.draftId, expectedVersion: o.version, clientKey },
        { authorization: `Bearer ${o.token}` },
      );
      expect(data.submitApplication).toMatchObject({ __typename: 'Application', status: 'SUBMITTED' });
      acknowledged.submissions.push(o.draftId);
    });
    const conversations = Array.from({ length: VISITORS }, async (_, v) => {
      const headers = { 'x-device-id': `burst-${v}-${crypto.randomUUID()}` };
      let inquiryId: string | null = null;
      for (let m = 0; m < MESSAGES_EACH; m++) {
        const clientKey = crypto.randomUUID();
        const data = await untilAnswered(print(SendInquiryMessageDocument), { inquiryId, text: `第${m}条消息（访客${v}）`, clientKey }, headers);
        expect(data.sendInquiryMessage.__typename).toBe('SendInquiryMessageResult');
        inquiryId = data.sendInquiryMessage.inquiry.id;
        acknowledged.messages.push(clientKey);
      }
    });

    // Kill the server while the burst is under way, then start it again on the same database.
    await vi.waitFor(() => expect(acknowledged.messages.length + acknowledged.submissions.length).toBeGreaterThan(0), { timeout: 30_000, interval: 5 });
    const ackedBeforeKill = acknowledged.messages.length + acknowledged.submissions.length;
    await server.stop('SIGKILL');
    server = await startServer({ env: env() });
    await Promise.all([...submissions, ...conversations]);

    expect(ackedBeforeKill).toBeLessThan(CITIES.length + VISITORS * MESSAGES_EACH); // the kill did land mid-burst
    expect(retries).toBeGreaterThan(0); // and requests were lost and retried
    expect(acknowledged.submissions).toHaveLength(CITIES.length);
    expect(acknowledged.messages).toHaveLength(VISITORS * MESSAGES_EACH);

    // Exactly once: one SUBMITTED step and one reference per application…
    const apps = await db.prisma.application.findMany({ where: { regionCode: { in: CITIES } }, include: { events: true } });
    expect(apps).toHaveLength(CITIES.length);
    for (const app of apps) {
      expect(app.status).toBe('SUBMITTED');
      expect(app.reference).toMatch(/^CY\d{4}-\d{5}$/);
      expect(app.events.filter((e) => e.to === 'SUBMITTED')).toHaveLength(1);
    }
    expect(new Set(apps.map((a) => a.reference)).size).toBe(CITIES.length);
    // …one stored message per acknowledged key, and one conversation per visitor.
    const stored = await db.prisma.inquiryMessage.findMany({ where: { clientKey: { in: acknowledged.messages } }, select: { clientKey: true } });
    expect(stored.map((m) => m.clientKey).sort()).toEqual([...acknowledged.messages].sort());
    expect(await db.prisma.inquiry.count({ where: { deviceId: { startsWith: 'burst-' } } })).toBe(VISITORS);
    const userMessages = await db.prisma.inquiryMessage.count({ where: { author: 'USER', inquiry: { deviceId: { startsWith: 'burst-' } } } });
    expect(userMessages).toBe(VISITORS * MESSAGES_EACH);
  });
});
