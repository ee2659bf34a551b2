import { builder } from '../../schema/builder.js';
import { requireUserId } from '../auth/auth.policy.js';

const NotificationRef = builder.prismaObject('Notification', {
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    read: t.boolean({ select: { readAt: true }, resolve: (n) => n.readAt !== null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    application: t.relation('application', { nullable: true }),
  }),
});

builder.queryFields((t) => ({
  notifications: t.prismaField({
    type: [NotificationRef],
    authScopes: { signedIn: true },
    description: "The viewer's notifications, newest first.",
    args: { first: t.arg.int({ defaultValue: 30 }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.notification.findMany({
        ...query,
        where: { userId: requireUserId(ctx.viewer) },
        orderBy: { createdAt: 'desc' },
        take: Math.min(Math.max(args.first ?? 30, 1), 100),
      }),
  }),
  unreadNotificationCount: t.int({
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) => ctx.db.prisma.notification.count({ where: { userId: requireUserId(ctx.viewer), readAt: null } }),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.int({
    description: 'Marks the given notifications (all when ids is omitted) as read; returns how many changed.',
    authScopes: { signedIn: true },
    args: { ids: t.arg.idList() },
    resolve: async (_root, args, ctx) => {
      const where = { userId: requireUserId(ctx.viewer), readAt: null, ...(args.ids ? { id: { in: args.ids.map(String) } } : {}) };
      return (await ctx.db.prisma.notification.updateMany({ where, data: { readAt: new Date() } })).count;
    },
  }),
  recordSubscribeGrant: t.int({
    description: 'Records the subscribe-message templates the user just accepted (wx.requestSubscribeMessage).',
    authScopes: { signedIn: true },
    args: { templateIds: t.arg.stringList({ required: true, maxItems: 10, maxLength: 128 }) },
    resolve: async (_root, args, ctx) => {
      const known = ctx.services.wechat.config.subscribeTemplateId;
      const accepted = args.templateIds.filter((id) => id === known).slice(0, 1);
      if (accepted.length) await ctx.db.prisma.subscribeGrant.create({ data: { userId: requireUserId(ctx.viewer), templateId: accepted[0] } });
      return accepted.length;
    },
  }),
}));
