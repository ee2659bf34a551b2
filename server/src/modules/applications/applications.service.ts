// What an official and staff can do to an application. Every write checks who is asking, the
// version the client read (optimistic locking) and the workflow, and writes nothing on refusal.
import { recordAudit } from '../audit/audit.service.js';
import { idempotencyKey, isUniqueViolation } from '../../schema/idempotency.js';
import { validateApplication, normalizeApplication, stripControl, type ApplicationFormInput, APPLICATION_FIELD_LABELS } from '@cards/schema/rules';
import type { Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { ApplicationStatus } from '../../generated/prisma/enums.js';
import type { Deps, Viewer } from '../../context.js';
import { assertCan } from './applications.policy.js';
import { requireUserId } from '../auth/auth.policy.js';
import { ConflictError, NotFoundError, UserError, ValidationError } from '../../domain/errors.js';

export { NotFoundError };
import { recordNotification, pushWechatMessage, type StatusChange } from '../notifications/notify.js';
import { EDITABLE_STATUSES, LIVE_STATUSES, STATUS_LABELS, checkTransition, type Actor } from './workflow.js';
import { REGION_LEVEL_LABELS } from '../regions/levels.js';
import { recordSubmission } from './submissions.js';

type Tx = Prisma.TransactionClient;

/** The application if the viewer may see it. */
export async function findVisible(prisma: PrismaClient | Tx, viewer: Viewer, id: string) {
  const app = await prisma.application.findUnique({ where: { id } });
  assertCan(viewer, 'see', app ?? undefined);
  return app!;
}

/** Locks the application's row until the transaction ends: what is checked is what is written. */
export async function lockApplication(tx: Tx, id: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Application" WHERE "id" = ${id} FOR UPDATE`;
}

/** An official's id: signed in with a verified phone. */
function requireOfficial(viewer: Viewer): string {
  assertCan(viewer, 'apply');
  return requireUserId(viewer);
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
  deps: Deps,
  viewer: Viewer,
  args: { id?: string | null; campaignId?: string | null; input: ApplicationFormInput; expectedVersion?: number | null; clientKey?: string | null },
) {
  const ownerId = requireOfficial(viewer);
  const prisma = deps.db.prisma;
  const clientKey = args.id ? null : idempotencyKey(args.clientKey);
  if (clientKey) {
    const created = await prisma.application.findUnique({ where: { ownerId_clientKey: { ownerId, clientKey } } });
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
      return await prisma.application.create({ data: { ...data, campaignId: campaign.id, ownerId, clientKey } });
    } catch (err) {
      if (clientKey && isUniqueViolation(err)) return prisma.application.findUniqueOrThrow({ where: { ownerId_clientKey: { ownerId, clientKey } } });
      throw err;
    }
  }

  const app = await findVisible(prisma, viewer, args.id);
  assertCan(viewer, 'ownerEdit', app);
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
  deps: Deps,
  viewer: Viewer,
  id: string,
  to: ApplicationStatus,
  by: Actor,
  note: string | null | undefined,
  expectedVersion: number,
  extra?: (tx: Tx, app: Awaited<ReturnType<typeof findVisible>>) => Promise<Prisma.ApplicationUpdateManyMutationInput>,
  clientKey: string | null = null,
) {
  const prisma = deps.db.prisma;
  const actorId = requireUserId(viewer);
  const change = await prisma.$transaction(async (tx) => {
    await lockApplication(tx, id);
    const app = await findVisible(tx, viewer, id);
    assertCan(viewer, by === 'OWNER' ? 'ownerEdit' : 'staffMove', app);
    if (app.version !== expectedVersion) throw new ConflictError(app.version);
    const refusal = checkTransition(app.status, to, by, note);
    if (refusal) throw new UserError(refusal, 'INVALID_TRANSITION');
    const more = extra ? await extra(tx, app) : {};
    const updated = await tx.application.updateMany({ where: { id, version: expectedVersion }, data: { ...more, status: to, version: { increment: 1 } } });
    if (updated.count !== 1) throw new ConflictError(app.version + 1);
    const cleanNote = note ? stripControl(note).trim() || null : null;
    await tx.applicationEvent.create({ data: { applicationId: id, actorId, from: app.status, to, note: cleanNote, clientKey } });
    await recordAudit(tx, viewer, {
      action: 'application.transition',
      subjectType: 'Application',
      subjectId: id,
      before: { status: app.status },
      after: { status: to },
      note: cleanNote,
    });
    // The official hears of what the centre does; their own steps are only on the timeline.
    if (app.ownerId === viewer.userId) return null;
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
  if (change) await pushWechatMessage(prisma, deps.services, change);
  return prisma.application.findUniqueOrThrow({ where: { id } });
}

export async function submit(
  deps: Deps,
  viewer: Viewer,
  { id, expectedVersion, clientKey: rawKey }: { id: string; expectedVersion: number; clientKey?: string | null },
) {
  requireOfficial(viewer);
  const prisma = deps.db.prisma;
  const clientKey = idempotencyKey(rawKey);
  const app = await findVisible(prisma, viewer, id);
  assertCan(viewer, 'ownerEdit', app);
  // A retry of a submit that went through: answer as the first time did.
  if (clientKey && (await prisma.applicationEvent.findUnique({ where: { applicationId_clientKey: { applicationId: id, clientKey } } }))) return app;
  const now = new Date();

  // Every check reads the locked row inside the transaction: what is validated is what is submitted.
  const submitted = move(
    deps,
    viewer,
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
      await recordSubmission(tx, current.id);
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

export function withdraw(deps: Deps, viewer: Viewer, { id, expectedVersion, note }: { id: string; expectedVersion: number; note?: string | null }) {
  requireOfficial(viewer);
  return move(deps, viewer, id, 'WITHDRAWN', 'OWNER', note, expectedVersion);
}

export function transition(
  deps: Deps,
  viewer: Viewer,
  { id, to, note, expectedVersion }: { id: string; to: ApplicationStatus; note?: string | null; expectedVersion: number },
) {
  if (to === 'PUBLISHED') throw new UserError('发布申请请通过发布其产业名片完成', 'INVALID_TRANSITION');
  return move(deps, viewer, id, to, 'STAFF', note, expectedVersion);
}

/** "CY2026-00017": a counter per year, incremented atomically in the caller's transaction. */
async function nextReference(tx: Tx, year: number): Promise<string> {
  const name = `application-reference-${year}`;
  const counter = await tx.counter.upsert({ where: { name }, create: { name, value: 1 }, update: { value: { increment: 1 } } });
  return `CY${year}-${String(counter.value).padStart(5, '0')}`;
}
