// What an official and staff can do to an application. Every write checks who is asking, the
// version the client read (optimistic locking) and the workflow, and writes nothing on refusal.
import { idempotencyKey, isUniqueViolation } from '../../schema/idempotency.js';
import { validateApplication, normalizeApplication, stripControl, type ApplicationFormInput, APPLICATION_FIELD_LABELS } from '@cards/schema/rules';
import type { Application, Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { ApplicationStatus } from '../../generated/prisma/enums.js';
import type { Context, Viewer } from '../../context.js';
import { isStaff } from '../../context.js';
import { ConflictError, UserError, ValidationError } from '../../schema/errors.js';
import { recordNotification, pushWechatMessage, type StatusChange } from '../notifications/notify.js';
import { EDITABLE_STATUSES, LIVE_STATUSES, STATUS_LABELS, checkTransition, type Actor } from './workflow.js';
import { REGION_LEVEL_LABELS } from '../regions/levels.js';

type Tx = Prisma.TransactionClient;

export class NotFoundError extends UserError {
  constructor() {
    super('申请不存在或无权查看', 'NOT_FOUND');
  }
}

/**
 * Which applications the viewer may see: their own; staff also everyone else's except drafts,
 * which are the official's private work until submitted (by ID as in lists, attachments included).
 */
export function visibleApplicationWhere(viewer: Viewer): Prisma.ApplicationWhereInput {
  if (!viewer.userId) return { id: { in: [] } };
  if (isStaff(viewer)) return { OR: [{ ownerId: viewer.userId }, { status: { not: 'DRAFT' } }] };
  return { ownerId: viewer.userId };
}

export function canSee(viewer: Viewer, app: Pick<Application, 'ownerId' | 'status'>): boolean {
  return !!viewer.userId && (app.ownerId === viewer.userId || (isStaff(viewer) && app.status !== 'DRAFT'));
}

/** The application if the viewer may see it. */
export async function findVisible(prisma: PrismaClient | Tx, ctx: Context, id: string) {
  const app = await prisma.application.findUnique({ where: { id } });
  if (!app || !canSee(ctx.viewer, app)) throw new NotFoundError();
  return app;
}

/** Locks the application's row until the transaction ends: what is checked is what is written. */
export async function lockApplication(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${id} FOR UPDATE`;
}

function requireOfficial(ctx: Context) {
  if (!ctx.viewer.userId) throw new UserError('请先登录', 'SIGN_IN_REQUIRED');
  if (ctx.viewer.role === 'VISITOR') throw new UserError('请先验证手机号后再申请', 'PHONE_REQUIRED');
}

function formData(input: ApplicationFormInput) {
  const f = normalizeApplication(input);
  return {
    regionCode: f.regionCode || null,
    leadUnit: f.leadUnit,
    leadingIndustries: f.leadingIndustries.filter((x) => x.length > 0),
    featuredIndustries: f.featuredIndustries,
    intro: f.intro,
    contactName: f.contactName,
    contactTitle: f.contactTitle,
    phone: f.phone,
  };
}

async function checkRegionExists(prisma: PrismaClient | Tx, regionCode: string | null) {
  if (!regionCode) return null;
  const region = await prisma.region.findUnique({ where: { code: regionCode } });
  if (!region) throw new ValidationError([{ field: 'regionCode', message: `${APPLICATION_FIELD_LABELS.regionCode}不存在，请从列表中选择` }]);
  return region;
}

export async function openCampaign(prisma: PrismaClient, now = new Date()) {
  return prisma.campaign.findFirst({ where: { opensAt: { lte: now }, closesAt: { gt: now } }, orderBy: { closesAt: 'asc' } });
}

/** Creates (id null) or updates a draft. Partial forms are fine; what is filled in must be valid. */
export async function saveDraft(
  ctx: Context,
  args: { id?: string | null; campaignId?: string | null; input: ApplicationFormInput; expectedVersion?: number | null; clientKey?: string | null },
) {
  requireOfficial(ctx);
  const prisma = ctx.db.prisma;
  const clientKey = args.id ? null : idempotencyKey(args.clientKey);
  if (clientKey) {
    const created = await prisma.application.findUnique({ where: { ownerId_clientKey: { ownerId: ctx.viewer.userId!, clientKey } } });
    if (created) return created;
  }
  const errors = validateApplication(args.input, 'draft');
  if (errors.length) throw new ValidationError(errors);
  const data = formData(args.input);
  await checkRegionExists(prisma, data.regionCode);

  if (!args.id) {
    const campaign = args.campaignId ? await prisma.campaign.findUnique({ where: { id: args.campaignId } }) : await openCampaign(prisma);
    if (!campaign) throw new UserError('当前没有开放的征集', 'NO_OPEN_CAMPAIGN');
    try {
      return await prisma.application.create({ data: { ...data, campaignId: campaign.id, ownerId: ctx.viewer.userId!, clientKey } });
    } catch (err) {
      if (clientKey && isUniqueViolation(err))
        return prisma.application.findUniqueOrThrow({ where: { ownerId_clientKey: { ownerId: ctx.viewer.userId!, clientKey } } });
      throw err;
    }
  }

  const app = await findVisible(prisma, ctx, args.id);
  if (app.ownerId !== ctx.viewer.userId) throw new NotFoundError();
  if (!EDITABLE_STATUSES.includes(app.status)) throw new UserError(`申请当前为「${STATUS_LABELS[app.status]}」，不能修改`, 'NOT_EDITABLE');
  const expected = args.expectedVersion ?? app.version;
  // One conditional write: the version and the status are checked by the statement that writes.
  const updated = await prisma.application.updateMany({
    where: { id: app.id, version: expected, status: { in: EDITABLE_STATUSES } },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) {
    const current = await prisma.application.findUniqueOrThrow({ where: { id: app.id } });
    if (!EDITABLE_STATUSES.includes(current.status)) throw new UserError(`申请当前为「${STATUS_LABELS[current.status]}」，不能修改`, 'NOT_EDITABLE');
    throw new ConflictError(current.version);
  }
  return prisma.application.findUniqueOrThrow({ where: { id: app.id } });
}

/** Moves an application one step; all checks and writes in one transaction. */
async function move(
  ctx: Context,
  id: string,
  to: ApplicationStatus,
  by: Actor,
  note: string | null | undefined,
  expectedVersion: number,
  extra?: (tx: Tx, app: Awaited<ReturnType<typeof findVisible>>) => Promise<Prisma.ApplicationUpdateManyMutationInput>,
  clientKey: string | null = null,
) {
  const prisma = ctx.db.prisma;
  const change = await prisma.$transaction(async (tx) => {
    await lockApplication(tx, id);
    const app = await findVisible(tx, ctx, id);
    if (by === 'OWNER' && app.ownerId !== ctx.viewer.userId) throw new NotFoundError();
    if (app.version !== expectedVersion) throw new ConflictError(app.version);
    const refusal = checkTransition(app.status, to, by, note);
    if (refusal) throw new UserError(refusal, 'INVALID_TRANSITION');
    const more = extra ? await extra(tx, app) : {};
    const updated = await tx.application.updateMany({ where: { id, version: expectedVersion }, data: { ...more, status: to, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(app.version + 1);
    const cleanNote = note ? stripControl(note).trim() || null : null;
    await tx.applicationEvent.create({ data: { applicationId: id, actorId: ctx.viewer.userId!, from: app.status, to, note: cleanNote, clientKey } });
    // The official hears of what the centre does; their own steps are only on the timeline.
    if (app.ownerId === ctx.viewer.userId) return null;
    const fresh = await tx.application.findUniqueOrThrow({ where: { id }, include: { region: { select: { name: true } } } });
    const change: StatusChange = {
      applicationId: id,
      ownerId: app.ownerId,
      reference: fresh.reference,
      regionName: fresh.region?.name ?? '',
      to,
      note: cleanNote,
    };
    await recordNotification(tx, change);
    return change;
  });
  if (change) await pushWechatMessage(prisma, ctx.services, change);
  return prisma.application.findUniqueOrThrow({ where: { id } });
}

export async function submit(ctx: Context, id: string, expectedVersion: number, rawKey?: string | null) {
  requireOfficial(ctx);
  const prisma = ctx.db.prisma;
  const clientKey = idempotencyKey(rawKey);
  const app = await findVisible(prisma, ctx, id);
  if (app.ownerId !== ctx.viewer.userId) throw new NotFoundError();
  // A retry of a submit that went through: answer as the first time did.
  if (clientKey && (await prisma.applicationEvent.findUnique({ where: { applicationId_clientKey: { applicationId: id, clientKey } } }))) return app;
  const now = new Date();

  // Every check reads the locked row inside the transaction: what is validated is what is submitted.
  const submitted = move(
    ctx,
    id,
    'SUBMITTED',
    'OWNER',
    null,
    expectedVersion,
    async (tx, current) => {
      const errors = validateApplication(current, 'submit');
      if (errors.length) throw new ValidationError(errors);
      const campaign = await tx.campaign.findUniqueOrThrow({ where: { id: current.campaignId } });
      if (now < campaign.opensAt) throw new UserError(`「${campaign.title}」尚未开始征集`, 'CAMPAIGN_NOT_OPEN');
      if (now >= campaign.closesAt) {
        throw new UserError(
          `「${campaign.title}」已于 ${campaign.closesAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })} 截止，无法提交`,
          'CAMPAIGN_CLOSED',
        );
      }
      const region = (await checkRegionExists(tx, current.regionCode))!;
      if (!campaign.admittedLevels.includes(region.level)) {
        const admitted = campaign.admittedLevels.map((l) => REGION_LEVEL_LABELS[l]).join('、');
        throw new ValidationError([
          { field: 'regionCode', message: `${APPLICATION_FIELD_LABELS.regionCode}：本次征集不受理${REGION_LEVEL_LABELS[region.level]}，可申请的为${admitted}` },
        ]);
      }
      // One live application per region and campaign: the lock makes check-then-write atomic.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`application:${current.campaignId}:${current.regionCode}`}))`;
      const rival = await tx.application.findFirst({
        where: { campaignId: current.campaignId, regionCode: current.regionCode, status: { in: LIVE_STATUSES }, id: { not: current.id } },
        select: { reference: true },
      });
      if (rival) {
        throw new ValidationError([
          {
            field: 'regionCode',
            message: `${APPLICATION_FIELD_LABELS.regionCode}：${region.name}在本次征集中已有进行中的申请（${rival.reference ?? '已提交'}），不能重复申请`,
          },
        ]);
      }
      const reference = current.reference ?? (await nextReference(tx, now.getFullYear()));
      return { reference, submittedAt: now };
    },
    clientKey,
  );
  // The same key sent twice at once: the loser (a version conflict or the key's unique index) answers like the winner.
  return submitted.catch(async (err) => {
    if (
      clientKey &&
      (err instanceof ConflictError || isUniqueViolation(err)) &&
      (await prisma.applicationEvent.findUnique({ where: { applicationId_clientKey: { applicationId: id, clientKey } } }))
    ) {
      return prisma.application.findUniqueOrThrow({ where: { id } });
    }
    throw err;
  });
}

export function withdraw(ctx: Context, id: string, expectedVersion: number, note?: string | null) {
  requireOfficial(ctx);
  return move(ctx, id, 'WITHDRAWN', 'OWNER', note, expectedVersion);
}

export function transition(ctx: Context, id: string, to: ApplicationStatus, note: string | null | undefined, expectedVersion: number) {
  if (to === 'PUBLISHED') throw new UserError('发布申请请通过发布其产业名片完成', 'INVALID_TRANSITION');
  return move(ctx, id, to, 'STAFF', note, expectedVersion);
}

/** "CY2026-00017": a counter per year, incremented atomically in the caller's transaction. */
async function nextReference(tx: Tx, year: number): Promise<string> {
  const name = `application-reference-${year}`;
  const counter = await tx.counter.upsert({ where: { name }, create: { name, value: 1 }, update: { value: { increment: 1 } } });
  return `CY${year}-${String(counter.value).padStart(5, '0')}`;
}
