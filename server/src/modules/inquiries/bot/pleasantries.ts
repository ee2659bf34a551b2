// Messages that ask nothing: a greeting, thanks, "收到", goodbye, or what WeChat pastes for a picture or a voice message
// ([图片], [语音]). They get a short, polite reply of their own — no entry that happens to share a word (收到 is in the
// notifications entry), and no "not sure" with a 转人工 button, which would be an odd reply to 谢谢.
import type { BotAnswer } from './answer.js';
import type { Lang } from './language.js';

export type Pleasantry = 'greeting' | 'thanks' | 'ack' | 'bye' | 'attachment';

const KINDS: [Pleasantry, RegExp][] = [
  ['attachment', /^\[(图片|照片|语音|视频|表情|动画表情|文件|链接|位置|名片|聊天记录|photo|image|picture|voice|video|sticker|file|link|location)\]$/],
  [
    'thanks',
    /^(谢谢(你|您|啦|了|老师)?|多谢|感谢(你|您)?|辛苦(了|你了|您了|啦)?|麻烦(你|您)?了|3q|thx|thanks?( a lot| so much)?|thank you( (very|so) much)?|cheers|many thanks)$/,
  ],
  ['bye', /^(再见|拜拜|拜|回见|晚安|先这样|bye|goodbye|bye ?bye|see you|good night)$/],
  [
    'greeting',
    /^(你好|您好|你们好|大家好|哈喽|哈啰|嗨|喂|在吗|在么|在不在|早|早上好|上午好|中午好|下午好|晚上好|早安|hi|hello|hey|hiya|hi there|hello there|good (morning|afternoon|evening))(老师|同志|啊|呀)?$/,
  ],
  [
    'ack',
    /^(好|好的|好滴|好嘞|好吧|行|行吧|可以|嗯|嗯嗯|恩|哦|噢|喔|哈|呵呵|哈哈|收到|收到了|知道了|明白|明白了|了解|了解了|懂了|ok|okay|okk|k|got it|noted|sure|fine|cool|great|nice|alright|all right|understood)$/,
  ],
];

/** Emoji of displeasure or sadness. */
const DISPLEASED = /[👎😡😠😤😢😭😞🙁☹💢😒🤬]/u;

/** Marks that carry no words: punctuation, emoji, spaces. */
const MARKS = /(?:[\s\p{P}\p{S}\p{Extended_Pictographic}]|\u200d|\ufe0f)+/gu;
/** Where one pleasantry ends and the next begins (收到，谢谢 / ok, thanks); words run together are read by kindsSaid. */
const PIECES = /[,，.。!！~～、;；]+/;
/** Longer than this, a piece says something more than pleasantries. */
const LONGEST_PIECE = 24;

/** Latin pleasantries Chinese speakers type too (ok, 3q): no reason to answer in English. */
const SAID_IN_CHINESE_TOO = /^(ok|okk|k|3q|thx)$/;

/**
 * What a message that asks nothing says, and whether it says it in English; null when it asks (or tells) anything else.
 */
export function pleasantryOf(message: string): { kind: Pleasantry; english: boolean } | null {
  const text = message.trim().toLowerCase();
  if (!text) return null;
  // Only emoji (👍, 🙏): a nod. Only punctuation (？？) is no pleasantry: the question is missing.
  // (…but 👎, 😡 or 😢 is no nod: the normal reading offers a person.)
  if (!text.replace(MARKS, '')) return /\p{Extended_Pictographic}/u.test(text) && !DISPLEASED.test(text) ? { kind: 'ack', english: false } : null;
  const attachment = KINDS[0][1];
  const unspaced = text.replace(/\s/g, '');
  if (attachment.test(unspaced)) return { kind: 'attachment', english: /^\[[a-z]+\]$/.test(unspaced) };
  const pieces = text
    .split(PIECES)
    .map((p) => p.replace(MARKS, (m) => (/\s/.test(m) ? ' ' : '')).trim())
    .filter(Boolean);
  const kinds = pieces.map(kindsSaid);
  if (!kinds.length || kinds.some((k) => !k)) return null;
  const english = !/[\u3400-\u9fff]/.test(text) && pieces.some((p) => !SAID_IN_CHINESE_TOO.test(p));
  // The word that means most: 收到，谢谢 thanks; 你好 谢谢 thanks; 好的 再见 goodbye.
  const said = kinds.flatMap((k) => k ?? []);
  const kind = (['bye', 'thanks', 'greeting', 'ack'] as const).find((k) => said.includes(k));
  // (嗯？ and 好的? ask what was meant: no nod.)
  if (!kind || (kind === 'ack' && /[?？]/.test(text))) return null;
  return { kind, english };
}

/**
 * The pleasantries a piece is made of, run together or spaced (好的再见, 谢谢谢谢, 嗯嗯嗯, ok thanks bye), or null when
 * it holds anything else: each way to split it is tried, shortest pleasantry first.
 */
function kindsSaid(piece: string): Pleasantry[] | null {
  const chars = [...piece];
  if (chars.length > LONGEST_PIECE) return null;
  // reached[i]: the kinds said by a split of the first i characters into pleasantries, if there is one.
  const reached: (Pleasantry[] | null)[] = [[], ...chars.map(() => null)];
  for (let end = 1; end <= chars.length; end++)
    for (let start = 0; start < end && !reached[end]; start++) {
      const before = reached[start];
      const word = chars.slice(start, end).join('').trim();
      const kind = before && word ? KINDS.find(([, pattern]) => pattern.test(word))?.[0] : undefined;
      if (before && kind) reached[end] = [...before, kind];
      else if (before && !word) reached[end] = before; // spaces between words
    }
  return reached[chars.length];
}

const REPLY: Record<Lang, Record<Pleasantry, string>> = {
  zh: {
    greeting: '您好！我是产业名片助手。可以问我申报条件、登记表怎么填、某个地方或产业有哪些名片、微纪录片在哪看，也可以查询您的申请进度。',
    thanks: '不客气！还有其他问题随时问我。',
    bye: '再见！有问题随时回来问我。',
    ack: '好的。还有其他问题可以直接问我。',
    attachment: '抱歉，我暂时看不了图片、语音和文件。请用文字写下您的问题；需要工作人员查看材料，可以点“转人工”。',
  },
  en: {
    greeting:
      'Hello! I am the Industry Cards assistant. Ask me who may apply, how to fill in the form, which cards a place or an industry has, where to watch the films, or how your application is doing.',
    thanks: "You're welcome! Ask me anything else at any time.",
    bye: 'Goodbye! Come back whenever you have a question.',
    ack: 'All right. Ask me anything else at any time.',
    attachment: 'Sorry, I cannot read pictures, voice messages or files yet. Please type your question; to have staff look at a file, tap “Talk to a person”.',
  },
};

/**
 * The reply to a message that asks nothing: not an answer (not confident); a person offered only for a picture or a
 * file, which staff can look at and the bot cannot.
 */
export function pleasantryAnswer(kind: Pleasantry, lang: Lang): BotAnswer {
  return { text: REPLY[lang][kind], confident: false, handoff: kind === 'attachment', sources: [], suggestions: [], basis: `chat:${kind}`, chat: true };
}
