// What every weapp test file shares: one host per file (Taro keeps global state), failing a test on
// any app error, unhandled rejection, unimplemented wx call, oversized setData or privacy misuse.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { WeappHost, type HostOptions } from './host/index.js';

export function useHost(options: Partial<HostOptions> = {}, firstPage?: string): () => WeappHost {
  let host: WeappHost | null = null;
  beforeAll(async () => {
    const { serverUrl, stubControlUrl, budgetDir } = inject('weapp');
    const file = path.basename(expect.getState().testPath ?? `weapp-${process.pid}`);
    host = await WeappHost.start({ serverUrl, stubControlUrl, budgetFile: path.join(budgetDir, `${file}.json`), ...options }, firstPage);
  });
  afterEach(() => {
    if (!host) return;
    const problems = host.problems();
    host.clearProblems();
    expect(problems, 'problems the host saw').toEqual([]);
  });
  afterAll(async () => {
    await host?.stop();
  });
  return () => {
    if (!host) throw new Error('host not started');
    return host;
  };
}

/** A GraphQL request as a test's own client (setting up data the journey then uses). */
export async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string, deviceId?: string): Promise<T> {
  const { serverUrl } = inject('weapp');
  const res = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(deviceId ? { 'x-device-id': deviceId } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('\n'));
  return body.data as T;
}

/** Signs the project's staff account in (password), for test setup done as staff. */
export async function staffToken(): Promise<string> {
  const { staff } = inject('weapp');
  const data = await gql<{ loginWithPassword: { __typename: string; token?: string; message?: string } }>(
    `mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { __typename ... on LoginSuccess { token } ... on Error { message } } }`,
    { u: staff.username, p: staff.password },
  );
  if (!data.loginWithPassword.token) throw new Error(`staff sign-in failed: ${data.loginWithPassword.message}`);
  return data.loginWithPassword.token;
}
