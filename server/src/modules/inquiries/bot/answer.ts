// What the bot answers: its own module, so the parts of the bot that build answers (catalogue,
// application status, rewrite) need not import bot.ts, which imports them.
export interface BotSource {
  title: string;
  url: string | null;
}

export interface BotAnswer {
  text: string;
  confident: boolean;
  /** True when a person should take over: asked for (confident), or offered because the bot is not sure. */
  handoff: boolean;
  sources: BotSource[];
  /** Questions the person may tap to ask next ("您是不是想问…"); never sources. */
  suggestions: string[];
  /** What the answer came from: a FAQ key, "cards:…"/"count:…", "applications", "handoff", or null. */
  basis: string | null;
  /** A greeting, thanks or the like answered in kind: nothing to rate, and no miss for 机器人未解决. */
  chat?: boolean;
  /** True when an OpenAI-compatible endpoint rephrased the retrieved answer. */
  rewritten?: boolean;
}
