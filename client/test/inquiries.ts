// Inquiry fixtures for client tests: a conversation and its messages as the API returns them, and a
// live transport that never delivers (catch-up still runs the real following code).

/** `vi.mock('…/features/inquiries/live', silentLive)`: no live connection in jsdom. */
export async function silentLive() {
  const follow = await import('../src/features/inquiries/live/follow');
  return { followInquiry: follow.followInquiry, liveTransport: () => ({ subscribe: () => () => undefined, dispose: () => undefined }) };
}

export const INQUIRY_ID = 'SW5xdWlyeTox';

/** `InquiryFields`: a conversation with the bot. */
export function inquiryFields(patch: Record<string, unknown> = {}) {
  return {
    __typename: 'Inquiry',
    id: INQUIRY_ID,
    status: 'BOT',
    subject: '谁可以申请？',
    lastSeq: 2,
    queuePosition: null,
    staffName: null,
    createdAt: '2025-11-21T02:00:00.000Z',
    queuedAt: null,
    endedAt: null,
    rating: null,
    ratingComment: null,
    ...patch,
  };
}

/** `InquiryMessageFields`. */
export function inquiryMessage(seq: number, author: string, text: string, patch: Record<string, unknown> = {}) {
  return {
    __typename: 'InquiryMessage',
    id: `M${seq}`,
    seq,
    author,
    text,
    sources: [] as { __typename?: string; title: string; url: string | null }[],
    offersHuman: false,
    suggestions: [] as string[],
    ratable: false,
    feedback: null,
    internal: false,
    createdAt: '2025-11-21T02:00:00.000Z',
    ...patch,
  };
}

/** The idempotency keys of the messages sent so far (a retry must reuse its key). */
export const sentKeys = (seen: { operationName: string; variables: Record<string, unknown> }[]) =>
  seen.filter((s) => s.operationName === 'SendInquiryMessage').map((s) => s.variables.clientKey);
