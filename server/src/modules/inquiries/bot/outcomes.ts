import type { BotAnswer } from './answer.js';

/** How a bot reply is recorded on its message (`InquiryMessage.botOutcome`). */
export type BotOutcome = 'ANSWERED' | 'UNSURE' | 'HANDOFF' | 'CHAT';

/** Replies to a question, which the asker may mark 👍/👎: not a greeting or thanks answered in kind (CHAT). */
export const RATABLE_OUTCOMES: readonly BotOutcome[] = ['ANSWERED', 'UNSURE', 'HANDOFF'];

/** The bot's own answers (neither handing over nor chat): the last one says whether it left the person unsure. */
export const ANSWER_OUTCOMES: readonly BotOutcome[] = ['ANSWERED', 'UNSURE'];

/** The outcome of a reply the bot posts itself (a confident hand-over is recorded as HANDOFF by the queue). */
export function replyOutcome(answer: BotAnswer): BotOutcome {
  if (answer.confident) return 'ANSWERED';
  return answer.chat ? 'CHAT' : 'UNSURE';
}
