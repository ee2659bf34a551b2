// Live inquiry events over GraphQL subscriptions (SSE on H5, graphql-transport-ws on weapp).
// Access is checked when subscribing; each event's rows are read from the database once per
// instance and shared by all its subscribers (a thousand listeners cost one read, not a thousand).
import { GraphQLError } from 'graphql';
import { filter, pipe } from 'graphql-yoga';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Context } from '../../context.js';
import { builder } from '../../schema/builder.js';
import { UserError } from '../../schema/errors.js';
import { answersOthers, assertCan } from './inquiries.policy.js';
import { findInquiry } from './inquiries.service.js';
import type { InboxEventPayload, InquiryEventPayload } from './events.js';
import { inquiryId } from './inquiries.schema.js';

const shared = new Map<string, Promise<unknown>>();
/**
 * One load per event, query shape and instance. Selections that depend on the viewer (staff also
 * see private notes) make a different query, so they never share a load. Subscribers of one event
 * ask within moments of each other; the entry then goes (a late one just loads again).
 */
function oncePerEvent<T>(eventId: string | undefined, what: string, query: unknown, load: () => Promise<T>): Promise<T> {
  if (!eventId) return load();
  const key = `${eventId}|${what}|${JSON.stringify(query)}`;
  let loaded = shared.get(key) as Promise<T> | undefined;
  if (!loaded) {
    loaded = load();
    shared.set(key, loaded);
    setTimeout(() => shared.delete(key), 10_000).unref();
  }
  return loaded;
}

/** Resolves an event's conversation, read once per event (the `what` keeps the two event types' loads apart). */
function eventInquiry(what: string) {
  return (query: { include?: Prisma.InquiryInclude; select?: Prisma.InquirySelect }, e: { eventId?: string; inquiryId: string }, _a: unknown, ctx: Context) =>
    oncePerEvent(e.eventId, what, query, () => ctx.db.prisma.inquiry.findUniqueOrThrow({ ...query, where: { id: e.inquiryId } }));
}

/** Refusals of a subscription are GraphQL errors with a code (a thrown UserError would be masked in production). */
function refusal(err: unknown): never {
  if (err instanceof UserError) throw new GraphQLError(err.message, { extensions: { code: err.code } });
  throw err;
}

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
    inquiry: t.prismaField({ type: 'Inquiry', resolve: eventInquiry('inquiry') }),
    message: t.prismaField({
      type: 'InquiryMessage',
      nullable: true,
      resolve: (query, e, _a, ctx) =>
        e.messageId ? oncePerEvent(e.eventId, 'message', query, () => ctx.db.prisma.inquiryMessage.findUnique({ ...query, where: { id: e.messageId } })) : null,
    }),
    typing: t.field({ type: TypingRef, nullable: true, resolve: (e) => e.typing ?? null }),
  }),
});

const InboxEventRef = builder.objectRef<InboxEventPayload>('InquiryInboxEvent').implement({
  fields: (t) => ({
    kind: t.field({ type: InquiryEventKindEnum, resolve: (e) => e.kind }),
    inquiry: t.prismaField({ type: 'Inquiry', resolve: eventInquiry('inbox') }),
  }),
});

builder.subscriptionFields((t) => ({
  inquiryEvents: t.field({
    type: InquiryEventRef,
    description: 'Messages, state changes, queue moves and typing of one conversation. After a reconnect, fetch messages(afterSeq) for what was missed.',
    args: { inquiryId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      // Both the id's decoding and the lookup may refuse: either becomes a coded GraphQL error.
      const inquiry = await Promise.resolve()
        .then(() => findInquiry(ctx, inquiryId(args.inquiryId)))
        .catch(refusal);
      const staff = answersOthers(ctx.viewer);
      // Private notes reach staff only; a visitor's own typing is not echoed back to them.
      const events = ctx.services.inquiryEvents;
      return pipe(
        events.follow(ctx, events.pubsub.subscribe('inquiry', inquiry.id)),
        filter((e: InquiryEventPayload) => (staff || !e.internal) && !(e.kind === 'TYPING' && e.typing?.by === (staff ? 'STAFF' : 'USER'))),
      );
    },
    resolve: (payload) => payload,
  }),
  inquiryInbox: t.field({
    type: InboxEventRef,
    description: 'Staff: something changed in the queue or in a conversation (read the lists again).',
    authScopes: { staff: true },
    subscribe: (_root, _args, ctx) => {
      try {
        assertCan(ctx.viewer, 'followInbox');
      } catch (err) {
        refusal(err);
      }
      const events = ctx.services.inquiryEvents;
      return events.follow(ctx, events.pubsub.subscribe('inquiry-inbox'));
    },
    resolve: (payload) => payload,
  }),
}));
