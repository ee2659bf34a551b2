import { prepareDatabase } from '../src/boot.js';
import { Bot } from '../src/modules/inquiries/bot/bot.js';
const db = await prepareDatabase('pglite:memory');
const bot = await Bot.load(db.prisma);
const qs = (await import('node:fs')).readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
for (const q of qs) { const a = await bot.answer(q, db.prisma); console.log(a.confident ? 'CONF' : '    ', a.basis ?? '', '|', q); }
await db.close();
