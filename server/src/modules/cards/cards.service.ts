// Staff make a region's card from its application, edit it, and publish it.
import { requireUserId } from '../auth/auth.policy.js';
import crypto from 'node:crypto';
import type { Deps, Viewer } from '../../context.js';
import { assertCan } from './cards.policy.js';
import type { CardTheme, CardTier, LandmarkKind } from '../../generated/prisma/enums.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { NotFoundError, UserError, ValidationError } from '../../domain/errors.js';
import { stripControl, unpublishReasonProblem, validateCardEdit, type CardEditFields } from '@cards/schema/rules';
import { actorName, recordAudit, storableJson } from '../audit/audit.service.js';
import { beforeAndAfter, changesBetween, readCardForEdit, snapshotOf, SNAPSHOT_INCLUDE } from './card-versions.js';
import { indexCards } from '../search/card-index.js';
import { recordNotification, pushWechatMessage, type StatusChange } from '../notifications/notify.js';

/** An edit of every field staff may change; `undefined` keeps a field, lists replace the stored ones. */
export interface CardEditInput extends CardEditFields {
  tier?: CardTier | null;
  themes?: CardTheme[] | null;
  landmarks?: (NonNullable<CardEditFields['landmarks']>[number] & { kind: LandmarkKind })[] | null;
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
        // The application's reference is internal: staff add the public sources in the editor.
        status: 'DRAFT',
      },
    });
    await recordAudit(tx, viewer, {
      action: 'card.create',
      subjectType: 'Card',
      subjectId: card.id,
      after: { title: card.title, slug: card.slug, applicationId: app.id },
    });
    const linked = await tx.application.updateMany({ where: { id: app.id, cardId: null }, data: { cardId: card.id, version: { increment: 1 } } });
    if (linked.count !== 1) throw new UserError('该申请已创建产业名片', 'CARD_EXISTS');
    return card;
  });
  await indexCards(prisma, [card.id]);
  return card;
}

/** Saves an edit: one transaction writes the card, its parts, a version and an audit entry. */
export async function updateCard(deps: Deps, viewer: Viewer, id: string, input: CardEditInput, expectedVersion?: number | null) {
  assertCan(viewer, 'edit');
  const edit = normalizeCardEdit(input);
  const errors = validateCardEdit(edit);
  if (errors.length) throw new ValidationError(errors);
  const prisma = deps.db.prisma;
  const card = await prisma.$transaction(async (tx) => {
    const current = await readCardForEdit(tx, id);
    if (expectedVersion != null && expectedVersion !== current.version)
      throw new UserError('名片已被他人修改，请刷新后再试（The card was changed by someone else; reload it）', 'VERSION_CONFLICT');
    const before = snapshotOf(current);
    const { keyFigures, enterprises, landmarks, sources, ...fields } = edit;
    const scalars = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    // The one-line source older clients show follows the list of sources.
    if (sources) scalars.source = sources.map((s) => s.title).join('；') || null;
    if (keyFigures) await tx.cardFigure.deleteMany({ where: { cardId: id } });
    if (enterprises) await tx.cardEnterprise.deleteMany({ where: { cardId: id } });
    if (landmarks) await tx.cardLandmark.deleteMany({ where: { cardId: id } });
    if (sources) await tx.cardSource.deleteMany({ where: { cardId: id } });
    const at = <T extends object>(rows: T[]) => rows.map((row, position) => ({ ...row, position }));
    const saved = await tx.card.update({
      where: { id },
      data: {
        ...scalars,
        ...(keyFigures ? { keyFigures: { create: at(keyFigures) } } : {}),
        ...(enterprises ? { enterprises: { create: at(enterprises) } } : {}),
        ...(landmarks ? { landmarks: { create: at(landmarks) } } : {}),
        ...(sources ? { sources: { create: at(sources) } } : {}),
      },
      include: SNAPSHOT_INCLUDE,
    });
    const changes = changesBetween(before, snapshotOf(saved));
    if (Object.keys(changes).length === 0) return saved;
    await recordCardChange(tx, viewer, saved.id, 'EDIT', changes);
    return saved;
  });
  await indexCards(prisma, [id]);
  return card;
}

/** Stores a new version of the card and the matching audit entry (inside the caller's transaction). */
async function recordCardChange(
  tx: Prisma.TransactionClient,
  viewer: Viewer,
  cardId: string,
  action: 'EDIT' | 'PUBLISH' | 'UNPUBLISH',
  changes: Record<string, { before: unknown; after: unknown }>,
  note?: string,
) {
  const { version } = await tx.card.update({ where: { id: cardId }, data: { version: { increment: 1 } }, select: { version: true } });
  const name = await actorName(tx, viewer);
  await tx.cardVersion.create({
    data: { cardId, number: version, action, actorId: viewer.userId, actorName: name, changes: storableJson(changes) ?? {}, note: note ?? null },
  });
  const { before, after } = beforeAndAfter(changes);
  const auditAction = { EDIT: 'card.update', PUBLISH: 'card.publish', UNPUBLISH: 'card.unpublish' }[action];
  await recordAudit(tx, viewer, { action: auditAction, subjectType: 'Card', subjectId: cardId, before, after, note }, name);
}

/** Publishes a card (again, after it was taken offline); an application waiting in BUILDING for it becomes PUBLISHED. */
export async function publishCard(deps: Deps, viewer: Viewer, id: string) {
  assertCan(viewer, 'publish');
  const prisma = deps.db.prisma;
  const change = await prisma.$transaction(async (tx) => {
    const card = await tx.card.findUnique({ where: { id }, include: { application: { include: { region: true } } } });
    if (!card) throw new NotFoundError('名片不存在（Card not found）');
    if (card.status !== 'PUBLISHED') {
      await tx.card.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: card.publishedAt ?? new Date(), offlineReason: null, offlineAt: null } });
      await recordCardChange(tx, viewer, id, 'PUBLISH', {
        status: { before: card.status, after: 'PUBLISHED' },
        ...(card.offlineReason ? { offlineReason: { before: card.offlineReason, after: null } } : {}),
      });
    }
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
  await indexCards(prisma, [id]);
  return prisma.card.findUniqueOrThrow({ where: { id } });
}

/** Takes a published card offline with a reason: the public then sees that it is offline, not its content. */
export async function unpublishCard(deps: Deps, viewer: Viewer, id: string, reason: string) {
  assertCan(viewer, 'publish');
  const why = stripControl(reason).trim();
  const problem = unpublishReasonProblem(why);
  if (problem) throw new ValidationError([{ field: 'reason', message: problem }]);
  const prisma = deps.db.prisma;
  await prisma.$transaction(async (tx) => {
    const card = await tx.card.findUnique({ where: { id }, select: { status: true } });
    if (!card) throw new NotFoundError('名片不存在（Card not found）');
    if (card.status !== 'PUBLISHED') throw new UserError('只有已发布的名片可以下线（Only a published card can be taken offline）', 'INVALID_STATE');
    await tx.card.update({ where: { id }, data: { status: 'OFFLINE', offlineReason: why, offlineAt: new Date() } });
    await recordCardChange(
      tx,
      viewer,
      id,
      'UNPUBLISH',
      { status: { before: 'PUBLISHED', after: 'OFFLINE' }, offlineReason: { before: null, after: why } },
      why,
    );
  });
  await indexCards(prisma, [id]);
  return prisma.card.findUniqueOrThrow({ where: { id } });
}

/** Text as typed, without control characters or surrounding spaces; an empty optional text clears the field. */
function normalizeCardEdit(input: CardEditInput): CardEditInput {
  const text = (s: string) => stripControl(s).trim();
  const optional = (s: string | null | undefined) => (s == null ? s : text(s) || null);
  const list = (xs: string[] | null | undefined) => (xs == null ? undefined : xs.map(text));
  const keep = <T>(v: T | null | undefined) => (v === null ? undefined : v);
  return {
    title: input.title == null ? keep(input.title) : text(input.title),
    titleEn: optional(input.titleEn),
    tier: keep(input.tier),
    themes: keep(input.themes),
    batchYear: input.batchYear,
    industries: list(input.industries),
    industriesEn: list(input.industriesEn),
    concept: optional(input.concept),
    conceptEn: optional(input.conceptEn),
    story: optional(input.story),
    storyEn: optional(input.storyEn),
    color: optional(input.color),
    logoUrl: optional(input.logoUrl),
    coverUrl: optional(input.coverUrl),
    clusters: list(input.clusters),
    clustersEn: list(input.clustersEn),
    sampleNote: optional(input.sampleNote),
    sampleNoteEn: optional(input.sampleNoteEn),
    keyFigures: input.keyFigures?.map((f) => ({
      label: text(f.label),
      labelEn: optional(f.labelEn),
      value: text(f.value),
      valueEn: optional(f.valueEn),
      unit: optional(f.unit),
      unitEn: optional(f.unitEn),
    })),
    enterprises: input.enterprises?.map((e) => ({ name: text(e.name), nameEn: optional(e.nameEn) })),
    landmarks: input.landmarks?.map((l) => ({
      name: text(l.name),
      nameEn: optional(l.nameEn),
      kind: l.kind,
      description: optional(l.description),
      descriptionEn: optional(l.descriptionEn),
    })),
    sources: input.sources?.map((s) => ({ title: text(s.title), titleEn: optional(s.titleEn), url: optional(s.url) })),
  };
}
