import { builder } from '../../schema/builder.js';
import { AuthError, UserError } from '../../schema/errors.js';
import { Role } from '../../generated/prisma/enums.js';
import { userVisibleWhere } from './auth.policy.js';
import * as auth from './auth.service.js';
import { maskPhone } from './auth.service.js';

export const RoleEnum = builder.enumType(Role, { name: 'Role' });

export const UserNode = builder.prismaNode('User', {
  id: { field: 'id' },
  findUnique: (id, ctx) => userVisibleWhere(ctx.viewer, id),
  fields: (t) => ({
    role: t.expose('role', { type: RoleEnum }),
    displayName: t.exposeString('displayName', { nullable: true }),
    maskedPhone: t.string({ nullable: true, select: { phone: true }, resolve: (u) => maskPhone(u.phone) }),
    hasPhone: t.boolean({ select: { phone: true }, resolve: (u) => u.phone !== null }),
  }),
});

const LoginSuccess = builder.objectRef<auth.LoginSession>('LoginSuccess').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>`.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    user: t.prismaField({
      type: 'User',
      resolve: (query, login, _args, ctx) => ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: login.userId } }),
    }),
  }),
});

const CodeSent = builder.objectRef<auth.CodeSentShape>('LoginCodeSent').implement({
  fields: (t) => ({
    maskedPhone: t.exposeString('maskedPhone'),
    retryAfterSeconds: t.exposeInt('retryAfterSeconds'),
    expiresInSeconds: t.exposeInt('expiresInSeconds'),
  }),
});

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user; null when signed out.',
    resolve: (query, _root, _args, ctx) => (ctx.viewer.userId ? ctx.db.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null),
  }),
);

const AGREED_TO_TERMS =
  'The person ticked “I have read and agree to 用户协议 and 隐私政策” (unticked by default). Without true the sign-in is refused (CONSENT_REQUIRED) and nothing is stored.';

builder.mutationFields((t) => ({
  loginWithPassword: t.field({
    type: LoginSuccess,
    description: 'Staff sign-in with account and password. Repeated failures pause the account for a growing while (README "Security").',
    errors: { types: [AuthError, UserError] },
    args: { username: t.arg.string({ required: true, maxLength: 64 }), password: t.arg.string({ required: true, maxLength: 256 }) },
    resolve: (_root, args, ctx) => auth.loginWithPassword(ctx, ctx, args),
  }),

  requestLoginCode: t.field({
    type: CodeSent,
    description:
      'Sends a one-time sign-in code to a mainland mobile number. Within a minute of the last code sent to the phone no new one is sent: ' +
      'the answer then says how long the code already sent stays valid (README "Security").',
    errors: { types: [UserError] },
    args: { phone: t.arg.string({ required: true, maxLength: 20 }) },
    resolve: (_root, args, ctx) => auth.requestLoginCode(ctx, ctx, args),
  }),

  loginWithPhoneCode: t.field({
    type: LoginSuccess,
    description: 'Sign-in (H5) with the code from requestLoginCode; creates the official account on first use.',
    errors: { types: [AuthError, UserError] },
    args: {
      phone: t.arg.string({ required: true, maxLength: 20 }),
      code: t.arg.string({ required: true, maxLength: 10 }),
      agreedToTerms: t.arg.boolean({ description: AGREED_TO_TERMS }),
    },
    resolve: (_root, args, ctx) => auth.loginWithPhoneCode(ctx, ctx, args),
  }),

  loginWithWechat: t.field({
    type: LoginSuccess,
    description: 'Mini-program sign-in: the code from wx.login is exchanged with WeChat on the server.',
    errors: { types: [AuthError, UserError] },
    args: { code: t.arg.string({ required: true, maxLength: 256 }), agreedToTerms: t.arg.boolean({ description: AGREED_TO_TERMS }) },
    resolve: (_root, args, ctx) => auth.loginWithWechat(ctx, ctx, args),
  }),

  bindWechatPhone: t.prismaField({
    type: 'User',
    description: "Verifies the user's phone through WeChat's getPhoneNumber code; a verified phone may apply.",
    authScopes: { signedIn: true },
    errors: { types: [AuthError, UserError] },
    args: { code: t.arg.string({ required: true, maxLength: 256 }) },
    resolve: async (query, _root, args, ctx) => ctx.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: await auth.bindWechatPhone(ctx, ctx, args) } }),
  }),

  logout: t.boolean({
    description: 'Ends this session: its token stops working and its live subscriptions end (on every instance).',
    resolve: (_root, _args, ctx) => auth.logout(ctx, { token: ctx.token }),
  }),
}));
