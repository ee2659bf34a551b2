import type { Database } from '../../server/src/db/connection.js';
import { hashPassword } from '../../server/src/modules/auth/passwords.js';
import type { graphqlClient, TestServices } from './graphql.js';

type Client = ReturnType<typeof graphqlClient>;

let counter = 0;
/** A fresh mainland mobile number per call (unique within a test run). */
export function newPhone(): string {
  counter += 1;
  return `139${String(process.pid % 10000).padStart(4, '0')}${String(counter).padStart(4, '0')}`;
}

/** Signs an official in through the real code flow (request a code, read it from the test sender, log in). */
export async function signInOfficial(gql: Client, phone = newPhone()): Promise<{ token: string; userId: string; phone: string }> {
  const sent = await gql.data(`mutation($phone: String!) { requestLoginCode(phone: $phone) { __typename ... on Error { message } } }`, { phone });
  if (sent.requestLoginCode.__typename !== 'LoginCodeSent') throw new Error(sent.requestLoginCode.message);
  const code = (gql.services as TestServices).codeSender.last(phone)!;
  const { loginWithPhoneCode: r } = await gql.data(
    `mutation($phone: String!, $code: String!) { loginWithPhoneCode(phone: $phone, code: $code, agreedToTerms: true) { __typename ... on LoginSuccess { token user { id } } ... on Error { message } } }`,
    { phone, code },
  );
  if (r.__typename !== 'LoginSuccess') throw new Error(r.message);
  return { token: r.token, userId: r.user.id, phone };
}

/** Creates a centre account and signs it in with its password. */
export async function signInStaff(gql: Client, db: Database, role: 'STAFF' | 'ADMIN' = 'STAFF'): Promise<{ token: string; userId: string }> {
  counter += 1;
  const username = `staff${process.pid}x${counter}`;
  const password = 'correct horse battery';
  await db.prisma.user.create({ data: { username, role, passwordHash: await hashPassword(password), displayName: username } });
  const { loginWithPassword: r } = await gql.data(
    `mutation($u: String!, $p: String!) { loginWithPassword(username: $u, password: $p) { __typename ... on LoginSuccess { token user { id } } ... on Error { message } } }`,
    { u: username, p: password },
  );
  if (r.__typename !== 'LoginSuccess') throw new Error(r.message);
  return { token: r.token, userId: r.user.id };
}
