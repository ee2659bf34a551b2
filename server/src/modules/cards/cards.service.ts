// Staff make a region's card from its application, edit it, and publish it.
import { requireUserId } from '../auth/auth.policy.js';
import crypto from 'node:crypto';
import { cardInputErrors } from '@cards/schema/rules';
import type { Deps, Viewer } from '../../context.js';
import { assertCan } from './cards.policy.js';
import type { CardTheme, CardTier } from '../../generated/prisma/enums.js';
import { UserError, ValidationError } from '../../domain/errors.js';
import { indexCards } from '../search/card-index.js';
import { recordNotification, pushWechatMessage, type StatusChange } from '../notifications/notify.js';

export interface CardEditInput {
  title?: string | null;
  titleEn?: string | null;
  tier?: CardTier | null;
  themes?: CardTheme[] | null;
  batchYear?: number | null;
  industries?: string[] | null;
  concept?: string | null;
  conceptEn?: string | null;
  story?: string | null;
  storyEn?: string | null;
  color?: string | null;
}

/** A draft card prefilled from an application in BUILDING (region, industries, intro). */
export async function createCardFromApplication(deps: Deps, viewer: Viewer, applicationId: string) {
  assertCan(viewer, 'edit');
  const prisma = deps.db.prisma;
  const app = await prisma.application.findUnique({ where: { id: applicationId }, include: { region: true } });
  if (!app || !app.region) throw new UserError('申请不存在', 'NOT_FOUND');
  if (app.status !== 'BUILDING') throw new UserError('只有「打造中」的申请可以创建产业名片', 'INVALID_STATE');
  if (app.cardId) throw new UserError('该申请已创建产业名片', 'CARD_EXISTS');
  const slug = `${app.region.pinyin}-${crypto.randomBytes(3).toString('hex')}`;
  const card = await prisma.$transaction(async (tx) => {
    const card = await tx.card.create({
      data: {
        slug,
        title: `${app.region!.shortName}产业名片`,
        tier: 'FEATURED',
        themes: [],
        batchYear: new Date().getFullYear(),
        regionCode: app.region!.code,
        industries: [...app.leadingIndustries, ...app.featuredIndustries],
        story: app.intro,
        source: `${app.reference ?? ''} 申请登记表（${app.leadUnit}）`.trim(),
        status: 'DRAFT',
      },
    });
    const linked = await tx.application.updateMany({ where: { id: app.id, cardId: null }, data: { cardId: card.id, version: { increment: 1 } } });
    if (linked.count !== 1) throw new UserError('该申请已创建产业名片', 'CARD_EXISTS');
    return card;
  });
  await indexCards(prisma, [card.id]);
  return card;
}

export async function updateCard(deps: Deps, viewer: Viewer, id: string, input: CardEditInput) {
  assertCan(viewer, 'edit');
  // The editor applies the same rules as staff type (schema/rules/card.ts).
  const errors = cardInputErrors(input);
  if (errors.length) throw new ValidationError(errors);
  const data = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
  const card = await deps.db.prisma.card.update({ where: { id }, data });
  await indexCards(deps.db.prisma, [id]);
  return card;
}

/** Publishes a card; an application waiting in BUILDING for it becomes PUBLISHED. */
export async function publishCard(deps: Deps, viewer: Viewer, id: string) {
  assertCan(viewer, 'publish');
  const prisma = deps.db.prisma;
  const change = await prisma.$transaction(async (tx) => {
    const card = await tx.card.findUnique({ where: { id }, include: { application: { include: { region: true } } } });
    if (!card) throw new UserError('名片不存在', 'NOT_FOUND');
    await tx.card.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: card.publishedAt ?? new Date() } });
    const app = card.application;
    if (!app || app.status !== 'BUILDING') return null;
    await tx.application.update({ where: { id: app.id }, data: { status: 'PUBLISHED', version: { increment: 1 } } });
    await tx.applicationEvent.create({
      data: { applicationId: app.id, actorId: requireUserId(viewer), from: 'BUILDING', to: 'PUBLISHED', note: `产业名片「${card.title}」已发布` },
    });
    const change: StatusChange = {
      applicationId: app.id,
      ownerId: app.ownerId,
      reference: app.reference,
      regionName: app.region?.name ?? '',
      to: 'PUBLISHED',
      note: `产业名片「${card.title}」已发布`,
    };
    await recordNotification(tx, change);
    return change;
  });
  if (change) await pushWechatMessage(prisma, deps.services, change);
  return prisma.card.findUniqueOrThrow({ where: { id } });
}

export async function unpublishCard(deps: Deps, viewer: Viewer, id: string) {
  assertCan(viewer, 'publish');
  return deps.db.prisma.card.update({ where: { id }, data: { status: 'DRAFT' } });
}
