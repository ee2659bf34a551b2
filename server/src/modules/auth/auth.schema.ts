import { builder } from '../../schema/builder.js';
import { AuthError, UserError } from '../../schema/errors.js';
import { ensureWithinLimit, rateLimited } from './rate-limits.js';
import { Role } from '../../generated/prisma/enums.js';
import { isStaff, type Context } from '../../context.js';
import { isValidPhone } from '@cards/schema/rules';
import { createSession, revokeSession } from './sessions.js';
import { verifyPassword } from './passwords.js';
import { consumeCode, issueCode } from './login-codes.js';
import { WechatError, WECHAT_ERRORS } from '../wechat/client.js';
import { logger } from '../../observability/logger.js';

export const RoleEnum = builder.enumType(Role, { name: 'Role' });

export function maskPhone(phone: string | null): string | null {
  return phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null;
}

export const UserNode = builder.prismaNode('User', {
  id: { field: 'id' },
  // Only the user themself and staff can look a user up; for anyone else no id matches ('').
  findUnique: (id, ctx) => ({ id: isStaff(ctx.viewer) || ctx.viewer.userId === id ? id : '' }),
  fields: (t) => ({
    role: t.expose('role', { type: RoleEnum }),
    displayName: t.exposeString('displayName', { nullable: true }),
    maskedPhone: t.string({ nullable: true, select: { phone: true }, resolve: (u) => maskPhone(u.phone) }),
    hasPhone: t.boolean({ select: { phone: true }, resolve: (u) => u.phone !== null }),
  }),
});

interface LoginShape {
  token: string;
  expiresAt: Date;
  userId: string;
}

const LoginSuccess = builder.objectRef<LoginShape>('LoginSuccess').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    user: t.prismaField({
      type: 'User',
      resolve: (query, login, _args, ctx) => ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: login.userId } }),
    }),
  }),
});

const CodeSent = builder.objectRef<{ maskedPhone: string; retryAfterSeconds: number; expiresInSeconds: number }>('LoginCodeSent').implement({
  fields: (t) => ({
    maskedPhone: t.exposeString('maskedPhone'),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds'),
    expiresInSeconds: t.exposeInt('expiresInSeconds'),
  }),
});

async function issue(ctx: Context, userId: string): Promise<LoginShape> {
  return { ...(await createSession(ctx.db.prisma, userId)), userId };
}

/** What a user may hear depends on their role: their live subscriptions end, and the app subscribes again. */
function roleChanged(ctx: Context, userId: string) {
  ctx.services.inquiryEvents.endUser(userId);
}

async function limited(ctx: Context, name: Parameters<Context['services']['rateLimits']['consume']>[0], key: string) {
  await ensureWithinLimit(ctx.services.rateLimits, name, key);
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

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user; null when signed out.',
    resolve: (query, _root, _args, ctx) => (ctx.viewer.userId ? ctx.db.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null),
  }),
);

builder.mutationFields((t) => ({
  loginWithPassword: t.field({
    type: LoginSuccess,
    description: 'Staff sign-in with account and password. Repeated failures pause the account for a growing while (README "Security").',
    errors: { types: [AuthError, UserError] },
    args: { username: t.arg.string({ required: true, maxLength: 64 }), password: t.arg.string({ required: true, maxLength: 256 }) },
    resolve: async (_root, { username, password }, ctx) => {
      await limited(ctx, 'loginPerIp', ctx.ip);
      const account = username.trim();
      const limits = ctx.services.rateLimits;
      // The same allowance whether or not the account exists, so a refusal reveals nothing.
      const wait = await limits.beginAccountAttempt(account);
      if (wait !== null) throw rateLimited(wait, '该账号登录失败次数过多');
      const user = await ctx.db.prisma.user.findUnique({ where: { username: account } });
      if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
        const pause = await limits.accountFailed(account);
        if (pause !== null)
          logger.warn(
            { account, pauseSeconds: pause, ip: ctx.ip },
            `password sign-in to ${JSON.stringify(account)} paused for ${pause} s after repeated failures`,
          );
        throw new AuthError('账号或密码不正确', 'BAD_CREDENTIALS');
      }
      await limits.accountSucceeded(account);
      return issue(ctx, user.id);
    },
  }),

  requestLoginCode: t.field({
    type: CodeSent,
    description:
      'Sends a one-time sign-in code to a mainland mobile number. Within a minute of the last code sent to the phone no new one is sent: ' +
      'the answer then says how long the code already sent stays valid (README "Security").',
    errors: { types: [UserError] },
    args: { phone: t.arg.string({ required: true, maxLength: 20 }) },
    resolve: async (_root, args, ctx) => {
      const phone = args.phone.trim();
      if (!/^1[3-9]\d{9}$/.test(phone)) throw new UserError('请输入正确的 11 位手机号', 'INVALID_PHONE');
      // What this address may ask for: a stranger spends their own budget, not the owner's.
      await limited(ctx, 'codePerIp', ctx.ip);
      await limited(ctx, 'codePerPhoneAddress', `${phone}|${ctx.ip}`);
      const issued = await issueCode(ctx.db.prisma, phone, async () => {
        const wait = await ctx.services.rateLimits.consume('codePerPhone', phone);
        if (wait === null) return;
        logger.warn({ phone: maskPhone(phone), pauseSeconds: wait, ip: ctx.ip }, `sign-in codes for ${maskPhone(phone)} paused for ${wait} s: too many sent`);
        throw rateLimited(wait);
      });
      if (issued.kind === 'cooling') throw rateLimited(issued.retryAfterSeconds);
      if (issued.kind === 'new') await ctx.services.codeSender.send(phone, issued.code);
      return { maskedPhone: maskPhone(phone)!, retryAfterSeconds: issued.retryAfterSeconds, expiresInSeconds: issued.expiresInSeconds };
    },
  }),

  loginWithPhoneCode: t.field({
    type: LoginSuccess,
    description: 'Sign-in (H5) with the code from requestLoginCode; creates the official account on first use.',
    errors: { types: [AuthError, UserError] },
    args: { phone: t.arg.string({ required: true, maxLength: 20 }), code: t.arg.string({ required: true, maxLength: 10 }) },
    resolve: async (_root, args, ctx) => {
      const phone = args.phone.trim();
      await limited(ctx, 'loginPerIp', ctx.ip);
      if (!isValidPhone(phone) || !(await consumeCode(ctx.db.prisma, phone, args.code.trim()))) {
        throw new AuthError('验证码不正确或已过期，请重新获取', 'BAD_CODE');
      }
      const user = await ctx.db.prisma.user.upsert({ where: { phone }, create: { phone, role: 'OFFICIAL' }, update: {} });
      if (user.role === 'VISITOR') {
        await ctx.db.prisma.user.update({ where: { id: user.id }, data: { role: 'OFFICIAL' } });
        roleChanged(ctx, user.id);
      }
      return issue(ctx, user.id);
    },
  }),

  loginWithWechat: t.field({
    type: LoginSuccess,
    description: 'Mini-program sign-in: the code from wx.login is exchanged with WeChat on the server.',
    errors: { types: [AuthError, UserError] },
    args: { code: t.arg.string({ required: true, maxLength: 256 }) },
    resolve: async (_root, { code }, ctx) => {
      if (!ctx.services.wechat.configured) throw new UserError('服务器未配置微信登录', 'WECHAT_NOT_CONFIGURED');
      await limited(ctx, 'loginPerIp', ctx.ip);
      const session = await ctx.services.wechat.code2Session(code).catch(wechatFailure);
      const user = await ctx.db.prisma.user.upsert({
        where: { wechatOpenId: session.openid },
        create: { wechatOpenId: session.openid, wechatUnionId: session.unionid, wechatSessionKey: session.session_key },
        update: { wechatSessionKey: session.session_key, wechatUnionId: session.unionid },
      });
      return issue(ctx, user.id);
    },
  }),

  bindWechatPhone: t.prismaField({
    type: 'User',
    description: "Verifies the user's phone through WeChat's getPhoneNumber code; a verified phone may apply.",
    authScopes: { signedIn: true },
    errors: { types: [AuthError, UserError] },
    args: { code: t.arg.string({ required: true, maxLength: 256 }) },
    resolve: async (query, _root, { code }, ctx) => {
      const phone = await ctx.services.wechat.phoneNumber(code).catch(wechatFailure);
      const taken = await ctx.db.prisma.user.findUnique({ where: { phone } });
      if (taken && taken.id !== ctx.viewer.userId) throw new UserError('该手机号已绑定其他账号', 'PHONE_TAKEN');
      const current = await ctx.db.prisma.user.findUniqueOrThrow({ where: { id: ctx.viewer.userId! } });
      const updated = await ctx.db.prisma.user.update({
        ...query,
        where: { id: current.id },
        data: { phone, role: current.role === 'VISITOR' ? 'OFFICIAL' : current.role },
      });
      if (updated.role !== current.role) roleChanged(ctx, current.id);
      return updated;
    },
  }),

  logout: t.boolean({
    description: 'Ends this session: its token stops working and its live subscriptions end (on every instance).',
    resolve: async (_root, _args, ctx) => {
      await revokeSession(ctx.db.prisma, ctx.token);
      if (ctx.token) ctx.services.inquiryEvents.endSession(ctx.token);
      return true;
    },
  }),
}));
