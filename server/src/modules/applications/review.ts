// The centre's side of reviewing an application: what changed between submissions, internal
// comments (never shown to the official), the assigned reviewer and the signed agreement (PDF).
import crypto from 'node:crypto';
import { commentProblems, STAFF_LIMITS, stripControl } from '@cards/schema/rules';
import type { Deps, Viewer } from '../../context.js';
import { NotFoundError, UserError, ValidationError } from '../../domain/errors.js';
import { actorName, recordAudit } from '../audit/audit.service.js';
import { sniffType } from '../files/sniff.js';
import { assertCan, canReview } from './applications.policy.js';
import { findVisible, lockApplication } from './applications.service.js';
import { STATUS_LABELS } from './workflow.js';


/** An internal comment by staff; recorded in the audit trail. */
export async function addComment(deps: Deps, viewer: Viewer, { applicationId, text }: { applicationId: string; text: string }) {
  const prisma = deps.db.prisma;
  const clean = stripControl(text).trim();
  const problems = commentProblems(clean);
  if (problems.length) throw new ValidationError(problems);
  return prisma.$transaction(async (tx) => {
    const app = await findVisible(tx, viewer, applicationId);
    assertCan(viewer, 'review', app);
    const name = (await actorName(tx, viewer)) ?? '工作人员';
    const comment = await tx.applicationComment.create({ data: { applicationId, authorId: viewer.userId, authorName: name, text: clean } });
    await recordAudit(tx, viewer, { action: 'application.comment', subjectType: 'Application', subjectId: applicationId, after: { text: clean } }, name);
    return comment;
  });
}

/** Assigns (or, with null, clears) the staff member who reviews the application. */
export async function assignReviewer(deps: Deps, viewer: Viewer, { applicationId, staffId }: { applicationId: string; staffId: string | null }) {
  const prisma = deps.db.prisma;
  await prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    const app = await findVisible(tx, viewer, applicationId);
    assertCan(viewer, 'review', app);
    const reviewer = staffId ? await tx.user.findUnique({ where: { id: staffId }, select: { id: true, role: true, disabledAt: true, displayName: true } }) : null;
    if (staffId && (!reviewer || !canReview(reviewer)))
      throw new ValidationError([{ field: 'staffId', code: 'NOT_STAFF', message: '只能指派在职的工作人员（Only an active staff account can review）' }]);
    if (app.reviewerId === (reviewer?.id ?? null)) return;
    const previous = app.reviewerId ? await tx.user.findUnique({ where: { id: app.reviewerId }, select: { displayName: true } }) : null;
    await tx.application.update({ where: { id: applicationId }, data: { reviewerId: reviewer?.id ?? null, version: { increment: 1 } } });
    await recordAudit(tx, viewer, {
      action: 'application.assignReviewer',
      subjectType: 'Application',
      subjectId: applicationId,
      before: { reviewerId: app.reviewerId, reviewerName: previous?.displayName ?? null },
      after: { reviewerId: reviewer?.id ?? null, reviewerName: reviewer?.displayName ?? null },
    });
  });
  return prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
}

/** Where a signed agreement may be attached: from consultation (签约 is next) until the card is published. */
const AGREEMENT_STATUSES = ['IN_CONSULTATION', 'AGREEMENT_SIGNED', 'BUILDING', 'PUBLISHED'] as const;

/** Attaches (or replaces) the signed agreement: a real PDF within the size limit, kept in the private file store. */
export async function attachAgreement(deps: Deps, viewer: Viewer, { applicationId, file, fileName }: { applicationId: string; file: File; fileName?: string | null }) {
  const prisma = deps.db.prisma;
  const app = await findVisible(prisma, viewer, applicationId);
  assertCan(viewer, 'review', app);
  if (!(AGREEMENT_STATUSES as readonly string[]).includes(app.status))
    throw new UserError(`申请当前为「${STATUS_LABELS[app.status]}」，协商中或签约后才能上传签约协议`, 'INVALID_STATE');
  const { maxBytes } = STAFF_LIMITS.agreement;
  if (file.size > maxBytes)
    throw new ValidationError([
      { field: 'file', code: 'FILE_TOO_LARGE', params: { maxMb: maxBytes / 1024 / 1024 }, message: `签约协议不能超过 ${maxBytes / 1024 / 1024} MB（at most ${maxBytes / 1024 / 1024} MB）` },
    ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (sniffType(bytes) !== 'application/pdf')
    throw new ValidationError([{ field: 'file', code: 'NOT_PDF', message: '签约协议须为 PDF 文件（the agreement must be a real PDF file）' }]);
  const name =
    Array.from(stripControl(fileName ?? '').trim() || stripControl(file.name).trim() || '签约协议.pdf')
      .slice(0, 120)
      .join('') || '签约协议.pdf';
  const storageKey = `agreements/${applicationId}/${crypto.randomUUID()}.pdf`;
  await deps.services.privateFiles.write(storageKey, bytes);
  let replaced: string | null = null;
  try {
    await prisma.$transaction(async (tx) => {
      await lockApplication(tx, applicationId);
      const current = await tx.application.findUniqueOrThrow({ where: { id: applicationId } });
      if (!(AGREEMENT_STATUSES as readonly string[]).includes(current.status))
        throw new UserError(`申请当前为「${STATUS_LABELS[current.status]}」，协商中或签约后才能上传签约协议`, 'INVALID_STATE');
      replaced = current.agreementKey;
      await tx.application.update({
        where: { id: applicationId },
        data: { agreementKey: storageKey, agreementFileName: name, agreementSize: bytes.length, agreementUploadedAt: new Date(), version: { increment: 1 } },
      });
      await recordAudit(tx, viewer, {
        action: 'application.agreement',
        subjectType: 'Application',
        subjectId: applicationId,
        before: current.agreementKey ? { fileName: current.agreementFileName, size: current.agreementSize } : null,
        after: { fileName: name, size: bytes.length },
      });
    });
  } catch (err) {
    await deps.services.privateFiles.remove(storageKey); // nothing half-written stays behind
    throw err;
  }
  if (replaced) await deps.services.privateFiles.remove(replaced);
  return prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
}

export { NotFoundError };
