// Signing in and out: password, SMS code, WeChat; binding a phone. No GraphQL here.
import { isValidPhone, TERMS_VERSION } from '@cards/schema/rules';
import type { Deps, Requester } from '../../context.js';
import { AuthError, UserError } from '../../domain/errors.js';
import { ensureWithinLimit, rateLimited, type LimitName } from './rate-limits.js';
import { createSession, revokeSession } from './sessions.js';
import { verifyPassword } from './passwords.js';
import { consumeCode, issueCode } from './login-codes.js';
import { requireUserId } from './auth.policy.js';
import { WechatError, WECHAT_ERRORS } from '../wechat/client.js';
import { logger } from '../../observability/logger.js';

export interface LoginSession {
  token: string;
  expiresAt: Date;
  userId: string;
}

export interface CodeSentShape {
  maskedPhone: string;
  retryAfterSeconds: number;
  expiresInSeconds: number;
}

export function maskPhone(phone: string | null): string | null {
  return phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null;
}

async function issue(deps: Deps, userId: string): Promise<LoginSession> {
  return { ...(await createSession(deps.db.prisma, userId)), userId };
}

/** What a user may hear depends on their role: their live subscriptions end, and the app subscribes again. */
function roleChanged(deps: Deps, userId: string) {
  deps.services.inquiryEvents.endUser(userId);
}

/** Signing in needs the person's explicit agreement to 用户协议 and 隐私政策 (PIPL; checked before anything is stored). */
export interface Agreement {
  agreedToTerms?: boolean | null;
}

function requireAgreement({ agreedToTerms }: Agreement) {
  if (agreedToTerms !== true) throw new UserError('请先阅读并同意《用户协议》和《隐私政策》', 'CONSENT_REQUIRED');
  return { consentVersion: TERMS_VERSION, consentedAt: new Date() };
}

async function limited(deps: Deps, name: LimitName, key: string) {
  await ensureWithinLimit(deps.services.rateLimits, name, key);
}

function wechatFailure(err: unknown): never {
  if (err instanceof WechatError) {
    if (err.errcode === WECHAT_ERRORS.INVALID_CODE || err.errcode === WECHAT_ERRORS.CODE_USED)
      throw new AuthError('微信登录凭证无效或已使用，请重新登录', 'WECHAT_INVALID_CODE');
    if (err.errcode === WECHAT_ERRORS.RATE_LIMITED) throw new AuthError('微信登录请求过于频繁，请稍后再试', 'WECHAT_RATE_LIMITED');
    throw new AuthError(`微信服务暂时不可用（${err.errcode}），请稍后再试`, 'WECHAT_UNAVAILABLE');
  }
  throw err;
}

export async function loginWithPassword(deps: Deps, who: Requester, { username, password }: { username: string; password: string }): Promise<LoginSession> {
  await limited(deps, 'loginPerIp', who.ip);
  const account = username.trim();
  const limits = deps.services.rateLimits;
  // The same allowance whether or not the account exists, so a refusal reveals nothing.
  const wait = await limits.beginAccountAttempt(account);
  if (wait !== null) throw rateLimited(wait, '该账号登录失败次数过多');
  const user = await deps.db.prisma.user.findUnique({ where: { username: account } });
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
    const pause = await limits.accountFailed(account);
    if (pause !== null)
      logger.warn({ account, pauseSeconds: pause, ip: who.ip }, `password sign-in to ${JSON.stringify(account)} paused for ${pause} s after repeated failures`);
    throw new AuthError('账号或密码不正确', 'BAD_CREDENTIALS');
  }
  await limits.accountSucceeded(account);
  if (user.disabledAt) throw new AuthError('该账号已停用，请联系管理员（This account is disabled）', 'ACCOUNT_DISABLED');
  return issue(deps, user.id);
}

export async function requestLoginCode(deps: Deps, who: Requester, args: { phone: string }): Promise<CodeSentShape> {
  const phone = args.phone.trim();
  if (!/^1[3-9]\d{9}$/.test(phone)) throw new UserError('请输入正确的 11 位手机号', 'INVALID_PHONE');
  // What this address may ask for: a stranger spends their own budget, not the owner's.
  await limited(deps, 'codePerIp', who.ip);
  await limited(deps, 'codePerPhoneAddress', `${phone}|${who.ip}`);
  const issued = await issueCode(deps.db.prisma, phone, async () => {
    const wait = await deps.services.rateLimits.consume('codePerPhone', phone);
    if (wait === null) return;
    logger.warn({ phone: maskPhone(phone), pauseSeconds: wait, ip: who.ip }, `sign-in codes for ${maskPhone(phone)} paused for ${wait} s: too many sent`);
    throw rateLimited(wait);
  });
  if (issued.kind === 'cooling') throw rateLimited(issued.retryAfterSeconds);
  if (issued.kind === 'new') await deps.services.codeSender.send(phone, issued.code);
  return { maskedPhone: maskPhone(phone)!, retryAfterSeconds: issued.retryAfterSeconds, expiresInSeconds: issued.expiresInSeconds };
}

export async function loginWithPhoneCode(deps: Deps, who: Requester, args: { phone: string; code: string } & Agreement): Promise<LoginSession> {
  const consent = requireAgreement(args);
  const phone = args.phone.trim();
  await limited(deps, 'loginPerIp', who.ip);
  if (!isValidPhone(phone) || !(await consumeCode(deps.db.prisma, phone, args.code.trim()))) {
    throw new AuthError('验证码不正确或已过期，请重新获取', 'BAD_CODE');
  }
  const user = await deps.db.prisma.user.upsert({ where: { phone }, create: { phone, role: 'OFFICIAL', ...consent }, update: consent });
  if (user.role === 'VISITOR') {
    await deps.db.prisma.user.update({ where: { id: user.id }, data: { role: 'OFFICIAL' } });
    roleChanged(deps, user.id);
  }
  return issue(deps, user.id);
}

export async function loginWithWechat(deps: Deps, who: Requester, { code, ...agreement }: { code: string } & Agreement): Promise<LoginSession> {
  const consent = requireAgreement(agreement);
  if (!deps.services.wechat.configured) throw new UserError('服务器未配置微信登录', 'WECHAT_NOT_CONFIGURED');
  await limited(deps, 'loginPerIp', who.ip);
  const session = await deps.services.wechat.code2Session(code).catch(wechatFailure);
  const user = await deps.db.prisma.user.upsert({
    where: { wechatOpenId: session.openid },
    create: { wechatOpenId: session.openid, wechatUnionId: session.unionid, wechatSessionKey: session.session_key, ...consent },
    update: { wechatSessionKey: session.session_key, wechatUnionId: session.unionid, ...consent },
  });
  return issue(deps, user.id);
}

export async function bindWechatPhone(deps: Deps, who: Requester, { code }: { code: string }): Promise<string> {
  const phone = await deps.services.wechat.phoneNumber(code).catch(wechatFailure);
  const taken = await deps.db.prisma.user.findUnique({ where: { phone } });
  if (taken && taken.id !== who.viewer.userId) throw new UserError('该手机号已绑定其他账号', 'PHONE_TAKEN');
  const current = await deps.db.prisma.user.findUniqueOrThrow({ where: { id: requireUserId(who.viewer) } });
  const updated = await deps.db.prisma.user.update({
    where: { id: current.id },
    data: { phone, role: current.role === 'VISITOR' ? 'OFFICIAL' : current.role },
  });
  if (updated.role !== current.role) roleChanged(deps, current.id);
  return updated.id;
}

/** Ends this session: its token stops working and its live subscriptions end (on every instance). */
export async function logout(deps: Deps, { token }: { token: string | null }): Promise<true> {
  await revokeSession(deps.db.prisma, token);
  if (token) deps.services.inquiryEvents.endSession(token);
  return true;
}
