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

/** A code from the WeChat stand-in, as WeChat's client would get it. */
async function wechatCode(kind: 'login-code' | 'phone-code', body: Record<string, string>): Promise<string> {
  const res = await fetch(`${inject('weapp').stubControlUrl}/${kind}`, { method: 'POST', body: JSON.stringify(body) });
  return ((await res.json()) as { code: string }).code;
}

/** An official signed in with WeChat (phone verified) who submitted an application for `county`. */
export async function submittedApplication(openid: string, phone: string, path: string[]): Promise<{ token: string; id: string }> {
  const login = await gql(
    `mutation($c: String!) { loginWithWechat(code: $c, agreedToTerms: true) { __typename ... on LoginSuccess { token } ... on Error { message } } }`,
    {
      c: await wechatCode('login-code', { openid }),
    },
  );
  const token = login.loginWithWechat.token;
  if (!token) throw new Error(`WeChat sign-in failed: ${login.loginWithWechat.message}`);
  const bound = await gql(
    `mutation($c: String!) { bindWechatPhone(code: $c) { __typename ... on Error { message } } }`,
    { c: await wechatCode('phone-code', { phone }) },
    token,
  );
  if (bound.bindWechatPhone.__typename !== 'User') throw new Error(`phone not bound: ${bound.bindWechatPhone.message}`);
  let code: string | null = null;
  for (const name of path) {
    const found: { regions: { code: string; name: string }[] } = await gql(`query($p: String) { regions(parentCode: $p) { code name } }`, { p: code });
    code = found.regions.find((r) => r.name === name)?.code ?? null;
    if (!code) throw new Error(`no region ${name}`);
  }
  const { openCampaign } = await gql(`{ openCampaign { id } }`, {}, token);
  const input = {
    regionCode: code,
    leadUnit: `${path.at(-1)}工业和信息化局`,
    leadingIndustries: ['装备制造'],
    featuredIndustries: [],
    intro: `${path.at(-1)}依托装备制造与新材料产业，形成了较为完整的产业链，正在打造区域产业名片。`,
    contactName: '赵敏',
    contactTitle: '主任',
    phone,
  };
  const saved = await gql(
    `mutation($c: ID, $i: ApplicationInput!) { saveApplicationDraft(campaignId: $c, input: $i) { __typename ... on Application { id version } ... on Error { message } } }`,
    { c: openCampaign.id, i: input },
    token,
  );
  const draft = saved.saveApplicationDraft;
  if (draft.__typename !== 'Application') throw new Error(`draft refused: ${draft.message}`);
  const submitted = await gql(
    `mutation($id: ID!, $v: Int!) { submitApplication(id: $id, expectedVersion: $v) { __typename ... on Error { message } } }`,
    { id: draft.id, v: draft.version },
    token,
  );
  if (submitted.submitApplication.__typename !== 'Application') throw new Error(`submit refused: ${submitted.submitApplication.message}`);
  return { token, id: draft.id };
}

/** A signed-out visitor (known by a device id) who asked the bot and then for a person. */
export async function queuedInquiry(deviceId: string, text: string): Promise<string> {
  const sent = await gql(
    `mutation($t: String!) { sendInquiryMessage(text: $t) { __typename ... on SendInquiryMessageResult { inquiry { id } } ... on Error { message } } }`,
    { t: text },
    undefined,
    deviceId,
  );
  const id = sent.sendInquiryMessage.inquiry?.id;
  if (!id) throw new Error(`inquiry not started: ${sent.sendInquiryMessage.message}`);
  const queued = await gql(
    `mutation($id: ID!) { requestInquiryHuman(inquiryId: $id) { __typename ... on Inquiry { status } ... on Error { message } } }`,
    { id },
    undefined,
    deviceId,
  );
  if (queued.requestInquiryHuman.status !== 'QUEUED') throw new Error(`not queued: ${JSON.stringify(queued.requestInquiryHuman)}`);
  return id;
}
