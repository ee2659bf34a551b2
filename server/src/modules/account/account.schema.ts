import { builder } from '../../schema/builder.js';
import { UserError } from '../../schema/errors.js';
import * as account from './account.service.js';

builder.queryField('myData', (t) =>
  t.string({
    description:
      'Everything the app keeps about the signed-in person (account, applications with their timelines, conversations, notifications), as JSON: what 我的 → 我的数据 shows and downloads.',
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => JSON.stringify(await account.myData(ctx, ctx.viewer), null, 2),
  }),
);

builder.mutationFields((t) => ({
  withdrawConsent: t.boolean({
    description: 'Withdraws agreement to 用户协议 and 隐私政策: every session of the account ends; signing in again asks for agreement again.',
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => account.withdrawConsent(ctx, ctx.viewer),
  }),
  closeMyAccount: t.boolean({
    description:
      '注销: erases the person — name, phone, WeChat ids, drafts, conversations, notifications, sessions. Submitted applications stay as the ' +
      "programme's records (reference, content, timeline) without the contact person. Staff accounts are refused (STAFF_ACCOUNT).",
    authScopes: { signedIn: true },
    errors: { types: [UserError], directResult: false },
    resolve: (_root, _args, ctx) => account.closeMyAccount(ctx, ctx.viewer),
  }),
}));
