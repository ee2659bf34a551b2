// The bot: answers from the FAQ (BM25 via MiniSearch over segmented, synonym-folded words) and
// from the card catalogue for questions about a region; hands over to a person when asked, or
// when no answer is good enough.
import MiniSearch from 'minisearch';
import type { PrismaClient } from '../../../generated/prisma/client.js';
import { normalize } from '../../search/text.js';
import { botTokens } from './tokenize.js';
import { HANDOFF_PATTERNS } from './vocabulary.js';
import { applicationStatusAnswer, asksApplicationStatus } from './application-status.js';
import { anonymous, type Viewer } from '../../../context.js';

export interface BotSource {
  title: string;
  url: string | null;
}

export interface BotAnswer {
  text: string;
  confident: boolean;
  handoff: boolean;
  sources: BotSource[];
  /** What the answer came from, for evaluation: a FAQ key, "cards:<region code>", or null. */
  basis: string | null;
  /** True when an OpenAI-compatible endpoint rephrased the retrieved answer. */
  rewritten?: boolean;
}

/** Tuned on the evaluation set (server/bench): below these the bot says it is not sure. */
export const MIN_SCORE = 4;
/** The best FAQ must also cover this share of the question's meaningful words. */
export const MIN_COVERAGE = 0.34;

const HANDOFF_TEXT = '这个问题我暂时无法准确回答，已为您转接人工客服，工作人员会尽快回复。';
const NOT_SURE_TEXT = '抱歉，我不太确定您的问题。您可以换个说法，或转人工客服由工作人员解答。';

interface FaqDoc {
  id: string;
  key: string;
  question: string;
  ask: string; // question and alternatives
  answer: string;
  sourceTitle: string;
  sourceUrl: string | null;
}

interface RegionEntry {
  code: string;
  names: string[];
  fullName: string;
}

export class Bot {
  /** Thresholds, tunable for the evaluation (defaults: MIN_SCORE, MIN_COVERAGE). */
  thresholds = { score: MIN_SCORE, coverage: MIN_COVERAGE };

  private constructor(
    private faqs: Map<string, FaqDoc>,
    private index: MiniSearch<FaqDoc>,
    private regions: RegionEntry[],
  ) {}

  /** Builds the index from the published FAQ and the regions that have published cards. */
  static async load(prisma: PrismaClient): Promise<Bot> {
    const rows = await prisma.faq.findMany({ where: { published: true } });
    const docs: FaqDoc[] = rows.map((f) => ({
      id: f.id,
      key: f.key,
      question: f.question,
      ask: [f.question, ...f.alternatives].join('\n'),
      answer: f.answer,
      sourceTitle: f.sourceTitle,
      sourceUrl: f.sourceUrl,
    }));
    const index = new MiniSearch<FaqDoc>({
      fields: ['ask', 'answer'],
      storeFields: ['key'],
      tokenize: botTokens,
      processTerm: (term) => term,
      searchOptions: { boost: { ask: 3 }, prefix: false, fuzzy: false, combineWith: 'OR' },
    });
    index.addAll(docs);
    const cardRegions = await prisma.region.findMany({
      where: { OR: [{ cards: { some: { status: 'PUBLISHED' } } }, { level: 'PROVINCE' }] },
      select: { code: true, name: true, shortName: true, fullName: true, nameEn: true },
    });
    const regions = cardRegions.map((r) => ({
      code: r.code,
      names: [...new Set([r.name, r.shortName, r.nameEn.toLowerCase()])].filter((n) => n.length >= 2),
      fullName: r.fullName,
    }));
    return new Bot(new Map(docs.map((d) => [d.id, d])), index, regions);
  }

  /** The region a question is about, when it asks which cards it has ("东莞有哪些产业名片"). */
  private regionOf(text: string): RegionEntry | null {
    if (!/名片|产业|名篇|card/i.test(text)) return null;
    if (!/(有哪些|有什么|有啥|是什么|是啥|哪几|几张|什么名片|名片是|的名片|what .*cards?|which .*cards?|cards? of)/i.test(text)) return null;
    // Questions about events, sharing or applying mention a region but ask something else.
    if (/(大会|会议|发给|分享|转发|筛|申请|报名|申报|apply)/i.test(text)) return null;
    let best: { region: RegionEntry; length: number } | null = null;
    for (const region of this.regions) {
      for (const name of region.names) {
        if (text.includes(name) && (!best || name.length > best.length)) best = { region, length: name.length };
      }
    }
    return best?.region ?? null;
  }

  /** Answers a question; a signed-in viewer asking about their application gets its status. */
  async answer(question: string, prisma: PrismaClient, viewer: Viewer = anonymous): Promise<BotAnswer> {
    const text = normalize(question);
    if (!text) return { text: '请输入您的问题。', confident: false, handoff: false, sources: [], basis: null };
    if (HANDOFF_PATTERNS.some((p) => p.test(text)))
      return { text: '好的，正在为您转接人工客服，请稍候。', confident: true, handoff: true, sources: [], basis: null };

    if (viewer.userId && asksApplicationStatus(text)) {
      const status = await applicationStatusAnswer(prisma, viewer);
      if (status) return status;
    }

    const region = this.regionOf(text);
    if (region) return this.cardsAnswer(region, prisma);

    const tokens = [...new Set(botTokens(text))];
    const [best] = this.index.search(text);
    if (!best || !tokens.length) return { text: HANDOFF_TEXT, confident: false, handoff: true, sources: [], basis: null };
    const doc = this.faqs.get(best.id)!;
    const coverage = tokens.filter((t) => best.terms.includes(t)).length / tokens.length;
    const confident = best.score >= this.thresholds.score && coverage >= this.thresholds.coverage;
    if (!confident) return { text: NOT_SURE_TEXT, confident: false, handoff: true, sources: [{ title: `可能相关：${doc.question}`, url: null }], basis: null };
    return { text: doc.answer, confident: true, handoff: false, sources: [{ title: doc.sourceTitle, url: doc.sourceUrl }], basis: doc.key };
  }

  private async cardsAnswer(region: RegionEntry, prisma: PrismaClient): Promise<BotAnswer> {
    const cards = await prisma.card.findMany({
      where: { status: 'PUBLISHED', region: { OR: [{ code: region.code }, { ancestorCodes: { has: region.code } }] } },
      select: { slug: true, title: true, tier: true, region: { select: { name: true } } },
      orderBy: [{ tier: 'asc' }, { publishedAt: 'desc' }],
      take: 8,
    });
    const basis = `cards:${region.code}`;
    if (!cards.length) {
      return {
        text: `${region.fullName}目前还没有已发布的产业名片。欢迎当地工信部门通过本应用申请。`,
        confident: true,
        handoff: false,
        sources: [{ title: '产业名片目录', url: '/pages/cards/list/index' }],
        basis,
      };
    }
    const list = cards.map((c) => `「${c.title}」（${c.region.name}，${c.tier === 'MAIN' ? '主名片' : '特色名片'}）`).join('、');
    return {
      text: `${region.fullName}已发布的产业名片有：${list}。点击下方链接查看详情。`,
      confident: true,
      handoff: false,
      sources: cards.map((c) => ({ title: c.title, url: `/pages/cards/detail/index?slug=${c.slug}` })),
      basis,
    };
  }
}
