import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createYogaApp, listen } from '../../server/src/http/server.js';
import { createServices, type Services } from '../../server/src/services.js';
import { loadConfig, type Config } from '../../server/src/config.js';
import { MemoryCodeSender } from '../../server/src/modules/auth/code-sender.js';
import type { Database } from '../../server/src/db/connection.js';

export interface TestServices extends Services {
  codeSender: MemoryCodeSender;
}

/** Services for in-process tests: codes captured in memory, files in a temporary folder. */
export function testServices(env: Record<string, string> = {}, overrides: Partial<Pick<Services, 'rateLimits' | 'inquiryEvents'>> = {}): TestServices {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-svc-'));
  const config: Config = loadConfig({ PRIVATE_DIR: path.join(dir, 'private'), MEDIA_DIR: path.join(dir, 'media'), APP_SECRET: 'test-secret', ...env });
  const services = createServices(config, { codeSender: new MemoryCodeSender(), ...overrides }) as TestServices;
  const close = services.close;
  services.close = async () => {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return services;
}

type Variables = Record<string, unknown>;

/** Sends GraphQL requests through the real yoga handler (HTTP semantics, in process). */
export function graphqlClient(db: Database, services: Services = testServices()) {
  const yoga = createYogaApp(db, services);
  async function request<R = Record<string, any>, V = Variables>(
    document: string | TypedDocumentNode<R, V>,
    variables?: V,
    options: { token?: string | null; ip?: string; deviceId?: string } = {},
  ): Promise<ExecutionResult<R>> {
    const query = typeof document === 'string' ? document : print(document);
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.deviceId ? { 'x-device-id': options.deviceId } : {}),
        // The client's address as a trusted proxy reports it (counts only with TRUST_PROXY=1).
        ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as ExecutionResult<R>;
  }
  /** Like request, but fails the test on any GraphQL error. */
  async function data<R = Record<string, any>, V = Variables>(
    document: string | TypedDocumentNode<R, V>,
    variables?: V,
    options?: { token?: string | null; deviceId?: string; ip?: string },
  ): Promise<R> {
    const result = await request(document, variables, options);
    if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
    return result.data as R;
  }
  /** A client whose requests carry the given session token (and, signed out, a device id; behind a proxy, an address). */
  function as(token: string | null, deviceId?: string, ip?: string) {
    return {
      request: <R = Record<string, any>>(document: string | TypedDocumentNode<R, any>, variables?: Variables) =>
        request<R>(document as any, variables, { token, deviceId, ip }),
      data: <R = Record<string, any>>(document: string | TypedDocumentNode<R, any>, variables?: Variables) =>
        data<R>(document as any, variables, { token, deviceId, ip }),
    };
  }
  return { request, data, as, yoga, services };
}

/** A device id signed by the server (registerDevice), so that its views and likes count. */
export async function registeredDevice(client: { request: ReturnType<typeof graphqlClient>['request'] }, own?: string, ip?: string): Promise<string> {
  const r = await client.request(
    `mutation($d: String) { registerDevice(deviceId: $d) { __typename ... on RegisteredDevice { deviceId } ... on Error { code message } } }`,
    { d: own ?? null },
    { ip },
  );
  const answer = (r.data as any)?.registerDevice;
  if (answer?.__typename !== 'RegisteredDevice') throw new Error(`registerDevice: ${JSON.stringify(r)}`);
  return answer.deviceId;
}

/** The real HTTP server on a free port, and an in-process client sharing its services (close `app` when done). */
export async function listenForTests(db: Database, env: Record<string, string> = {}) {
  const services = testServices({ PORT: '0', ...env });
  const app = await listen(db, services.config, services);
  return { app, gql: graphqlClient(db, services) };
}
