// Acceptance: a transcode interrupted by SIGKILL is finished after the server starts again.
// (In the browser project: it runs real server processes, one at a time.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startServer, type RunningServer } from '../support/server.js';
import { makeTestClip } from '../../server/src/modules/films/sample-films.js';
import { tusUpload } from '../support/tus.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-restart-'));
let server: RunningServer | undefined;
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function gql(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as any).data;
}

async function login(url: string) {
  const data = await gql(
    url,
    '',
    `mutation { loginWithPassword(username: "restart-admin", password: "restart-password-1") { ... on LoginSuccess { token } } }`,
  );
  return data.loginWithPassword.token as string;
}

async function job(url: string, token: string, id: string) {
  return (await gql(url, token, `query($id: ID!) { film(id: $id) { job { state progress attempts error } } }`, { id })).film.job;
}

describe('transcoding survives SIGKILL', () => {
  it('finishes the interrupted job after a restart', async () => {
    const env = { SAMPLE_FILMS: '0', TRANSCODE_PRESET: 'veryfast' };
    server = await startServer({ dataDir, env, accounts: [{ username: 'restart-admin', password: 'restart-password-1' }] });
    let token = await login(server.url);
    const clip = path.join(dataDir, 'clip.mp4');
    await makeTestClip(clip, { seconds: 20, title: '重启测试', width: 1280, height: 720 });
    const card = (await gql(server.url, token, `{ cards(first: 1) { edges { node { id } } } }`)).cards.edges[0].node.id;
    const cardId = Buffer.from(card, 'base64').toString().split(':')[1];
    const up = await tusUpload(server.url, clip, { cardId, title: '重启测试片' }, token);
    expect(up.status).toBe(200);
    const filmId = Buffer.from(`Film:${JSON.parse(up.body).filmId}`).toString('base64');

    // Wait until ffmpeg is well under way, then kill the whole server without warning.
    const firstUrl = server.url;
    await vi.waitFor(
      async () => {
        const j = await job(firstUrl, token, filmId);
        if (j.state !== 'PROCESSING' || j.progress < 10) throw new Error(`job did not start: ${JSON.stringify(j)}`);
      },
      { timeout: 60_000, interval: 100 },
    );
    await server.stop('SIGKILL');

    server = await startServer({ dataDir, env });
    token = await login(server.url);
    const url = server.url;
    const last = await vi.waitFor(
      async () => {
        const j = await job(url, token, filmId);
        if (j.state !== 'READY' && j.state !== 'FAILED') throw new Error(`job not finished: ${JSON.stringify(j)}`);
        return j;
      },
      { timeout: 180_000, interval: 200 },
    );
    expect(last).toMatchObject({ state: 'READY', progress: 100, error: null });
    expect(last.attempts).toBe(2);
    expect(server.output()).toMatch(/is gone, queued again/);
    const film = (await gql(server.url, token, `query($id: ID!) { film(id: $id) { mp4Url hlsUrl } }`, { id: filmId })).film;
    for (const url of [film.mp4Url, film.hlsUrl]) {
      const res = await fetch(`${server.url}${url}`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
  }, 300_000);
});
