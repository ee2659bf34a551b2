// The staff side of inquiries that writes: canned replies and the FAQ the bot answers from. No GraphQL here.
import { recordAudit } from '../audit/audit.service.js';
import crypto from 'node:crypto';
import { stripControl } from '@cards/schema/rules';
import type { Deps, Viewer } from '../../context.js';
import { UserError, ValidationError } from '../../domain/errors.js';
import { invalidateBot } from './bot/bot-cache.js';
import { assertCan } from './inquiries.policy.js';

/** Staff text as stored: control and bidi-override characters dropped (schema/rules). */
function cleanFaqInput<
  T extends { category: string; question: string; alternatives: string[]; answer: string; sourceTitle: string; sourceUrl?: string | null },
>(input: T): T {
  return {
    ...input,
    category: stripControl(input.category),
    question: stripControl(input.question),
    alternatives: input.alternatives.map(stripControl),
    answer: stripControl(input.answer),
    sourceTitle: stripControl(input.sourceTitle),
    sourceUrl: input.sourceUrl == null ? input.sourceUrl : stripControl(input.sourceUrl),
  };
}

function checkCanned(title: string, text: string) {
  const errors: { field: string; message: string }[] = [];
  if (!title.trim()) errors.push({ field: 'title', message: '请填写标题' });
  else if ([...title.trim()].length > 30) errors.push({ field: 'title', message: '标题不能超过30字' });
  if (!text.trim()) errors.push({ field: 'text', message: '请填写回复内容' });
  else if ([...text.trim()].length > 1000) errors.push({ field: 'text', message: '回复内容不能超过1000字' });
  if (errors.length) throw new ValidationError(errors);
}

/** Creates (id null) or updates a canned reply; answers its id. */
export async function saveCannedReply(deps: Deps, viewer: Viewer, { id, title, text }: { id: string | null; title: string; text: string }): Promise<string> {
  assertCan(viewer, 'staffWork');
  const data = { title: stripControl(title).trim(), text: stripControl(text).trim() };
  checkCanned(data.title, data.text);
  return deps.db.prisma.$transaction(async (tx) => {
    const before = id ? await tx.cannedReply.findUnique({ where: { id }, select: { title: true, text: true } }) : null;
    if (id && !before) throw new UserError('快捷回复不存在', 'NOT_FOUND');
    const savedId = id
      ? (await tx.cannedReply.update({ where: { id }, data, select: { id: true } })).id
      : (await tx.cannedReply.create({ data, select: { id: true } })).id;
    await recordAudit(tx, viewer, { action: 'cannedReply.save', subjectType: 'CannedReply', subjectId: savedId, before, after: data });
    return savedId;
  });
}

export async function deleteCannedReply(deps: Deps, viewer: Viewer, { id }: { id: string }): Promise<boolean> {
  assertCan(viewer, 'staffWork');
  return deps.db.prisma.$transaction(async (tx) => {
    const before = await tx.cannedReply.findUnique({ where: { id }, select: { title: true, text: true } });
    if (!before) return false;
    await tx.cannedReply.delete({ where: { id } });
    await recordAudit(tx, viewer, { action: 'cannedReply.delete', subjectType: 'CannedReply', subjectId: id, before });
    return true;
  });
}

export interface FaqFields {
  category: string;
  question: string;
  alternatives: string[];
  answer: string;
  sourceTitle: string;
  sourceUrl?: string | null;
  published: boolean;
}

/** Creates (id null) or updates an FAQ entry; the bot answers from the new text at once. Answers its id. */
export async function saveFaq(deps: Deps, viewer: Viewer, { id, input: raw }: { id: string | null; input: FaqFields }): Promise<string> {
  assertCan(viewer, 'staffWork');
  const input = cleanFaqInput(raw);
  const alternatives = [...new Set(input.alternatives.map((a) => a.trim()).filter(Boolean))];
  const errors: { field: string; message: string }[] = [];
  const len = (s: string) => [...s.trim()].length;
  if (!len(input.question) || len(input.question) > 100) errors.push({ field: 'question', message: '问题须为1–100字' });
  if (!len(input.answer) || len(input.answer) > 2000) errors.push({ field: 'answer', message: '答案须为1–2000字' });
  if (!len(input.category) || len(input.category) > 30) errors.push({ field: 'category', message: '请填写分类' });
  if (!len(input.sourceTitle) || len(input.sourceTitle) > 100) errors.push({ field: 'sourceTitle', message: '请注明答案出处' });
  if (alternatives.length > 30 || alternatives.some((a) => [...a].length > 100))
    errors.push({ field: 'alternatives', message: '其他问法最多30条，每条不超过100字' });
  if (input.sourceUrl && !/^(https?:\/\/|\/)/.test(input.sourceUrl)) errors.push({ field: 'sourceUrl', message: '出处链接须以 http(s):// 或 / 开头' });
  if (errors.length) throw new ValidationError(errors);
  const data = {
    category: input.category.trim(),
    question: input.question.trim(),
    alternatives,
    answer: input.answer.trim(),
    sourceTitle: input.sourceTitle.trim(),
    sourceUrl: input.sourceUrl?.trim() || null,
    published: input.published,
  };
  const faqFields = { category: true, question: true, alternatives: true, answer: true, sourceTitle: true, sourceUrl: true, published: true } as const;
  const savedId = await deps.db.prisma.$transaction(async (tx) => {
    const before = id ? await tx.faq.findUnique({ where: { id }, select: faqFields }) : null;
    if (id && !before) throw new UserError('该问答不存在', 'NOT_FOUND');
    const saved = id
      ? await tx.faq.update({ where: { id }, data, select: { id: true } })
      : await tx.faq.create({ data: { ...data, key: `staff-${crypto.randomBytes(5).toString('hex')}` }, select: { id: true } });
    await recordAudit(tx, viewer, { action: 'faq.save', subjectType: 'Faq', subjectId: saved.id, before, after: data });
    return saved.id;
  });
  invalidateBot(deps.db.prisma);
  return savedId;
}
