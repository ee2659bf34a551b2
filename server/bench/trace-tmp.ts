import { readFileSync } from 'node:fs';
import { prepareDatabase } from '../src/boot.js';
import { Bot } from '../src/modules/inquiries/bot/bot.js';
import { botWords, botTokens } from '../src/modules/inquiries/bot/tokenize.js';
import { jiebaDictionary } from '../src/modules/inquiries/bot/typos.js';
import { normalize } from '../src/modules/search/text.js';
const qs = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const db = await prepareDatabase('pglite:memory');
const bot = await Bot.load(db.prisma);
const { kindTags, idf, frequency } = jiebaDictionary();
for (const q of qs) {
  const a = await bot.answer(q, db.prisma);
  const t = (bot as any).typos.fix(normalize(q));
  const words = [...new Set(botWords(t))].map((w) => `${w}/${kindTags.get(w) ?? '?'}/${(idf.get(w) ?? 99).toFixed(1)}/${frequency.get(w) ?? 0}`);
  const hits = (bot as any).index.search(t).slice(0, 3).map((h: any) => `${h.key}:${h.score.toFixed(1)}[${h.terms.join(',')}]`);
  console.log(`${a.confident ? 'CONF' : 'unsure'} ${a.basis} | ${q}\n   words: ${words.join(' ')}\n   tokens: ${botTokens(t).join(' ')}\n   off: ${(bot as any).domain.offTopicWords(t).join(',')} hits: ${hits.join(' ')}`);
}
await db.close();
