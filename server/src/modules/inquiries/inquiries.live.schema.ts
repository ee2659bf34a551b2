// Live inquiry events over GraphQL subscriptions (SSE on H5, graphql-transport-ws on weapp).
// Each delivery reads the rows from the database, so what a subscriber sees is what it may see.
import { filter, pipe } from 'graphql-yoga';
import { builder } from '../../schema/builder.js';
import { UserError } from '../../schema/errors.js';
import { isStaff } from '../../context.js';
import { findInquiry } from './conversations.js';
import type { InboxEventPayload, InquiryEventPayload } from './events.js';
import { InquiryMessageRef, InquiryNode, inquiryId } from './inquiries.schema.js';

builder.subscriptionType({});

const InquiryEventKindEnum = builder.enumType('InquiryEventKind', {
  values: {
    MESSAGE: { description: 'A new message (the message field).' },
    STATUS: { description: 'The state changed (taken, ended, rated).' },
    QUEUE: { description: 'The queue moved: read queuePosition again.' },
    TYPING: { description: 'The other side started or stopped typing (the typing field).' },
  } as const,
});

const TypingRef = builder.objectRef<NonNullable<InquiryEventPayload['typing']>>('InquiryTyping').implement({
  fields: (t) => ({
    by: t.exposeString('by', { description: 'USER or STAFF.' }),
    active: t.exposeBoolean('active'),
  }),
});

const InquiryEventRef = builder.objectRef<InquiryEventPayload>('InquiryEvent').implement({
  fields: (t) => ({
    kind: t.field({ type: InquiryEventKindEnum, resolve: (e) => e.kind }),
    inquiry: t.field({ type: InquiryNode, resolve: (e, _a, ctx) => ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: e.inquiryId } }) }),
    message: t.field({
      type: InquiryMessageRef,
      nullable: true,
      resolve: (e, _a, ctx) => (e.messageId ? ctx.db.prisma.inquiryMessage.findUnique({ where: { id: e.messageId } }) : null),
    }),
    typing: t.field({ type: TypingRef, nullable: true, resolve: (e) => e.typing ?? null }),
  }),
});

const InboxEventRef = builder.objectRef<InboxEventPayload>('InquiryInboxEvent').implement({
  fields: (t) => ({
    kind: t.field({ type: InquiryEventKindEnum, resolve: (e) => e.kind }),
    inquiry: t.field({ type: InquiryNode, resolve: (e, _a, ctx) => ctx.db.prisma.inquiry.findUniqueOrThrow({ where: { id: e.inquiryId } }) }),
  }),
});

builder.subscriptionFields((t) => ({
  inquiryEvents: t.field({
    type: InquiryEventRef,
    description: 'Messages, state changes, queue moves and typing of one conversation. After a reconnect, fetch messages(afterSeq) for what was missed.',
    args: { inquiryId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const inquiry = await findInquiry(ctx, inquiryId(args.inquiryId));
      const staff = isStaff(ctx.viewer);
      // Private notes reach staff only; a visitor's own typing is not echoed back to them.
      const events = ctx.services.inquiryEvents;
      return pipe(
        events.untilShutdown(events.pubsub.subscribe('inquiry', inquiry.id)),
        filter((e: InquiryEventPayload) => (staff || !e.internal) && !(e.kind === 'TYPING' && e.typing?.by === (staff ? 'STAFF' : 'USER'))),
      );
    },
    resolve: (payload) => payload,
  }),
  inquiryInbox: t.field({
    type: InboxEventRef,
    description: 'Staff: something changed in the queue or in a conversation (read the lists again).',
    subscribe: (_root, _args, ctx) => {
      if (!isStaff(ctx.viewer)) throw new UserError('没有权限执行此操作（Not allowed）', 'FORBIDDEN');
      const events = ctx.services.inquiryEvents;
      return events.untilShutdown(events.pubsub.subscribe('inquiry-inbox'));
    },
    resolve: (payload) => payload,
  }),
}));
