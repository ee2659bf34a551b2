// Attachments to an application (PDF, JPEG, PNG): checked by declared type, size and the file's
// own first bytes, then kept in the private store. Only the owner may add or remove them while
// the form is editable.
import crypto from 'node:crypto';
import { APPLICATION_LIMITS, stripControl, validateAttachment } from '@cards/schema/rules';
import type { Deps, Viewer } from '../../context.js';
import { UserError, ValidationError } from '../../domain/errors.js';
import { EDITABLE_STATUSES } from './workflow.js';
import { idempotencyKey, isUniqueViolation } from '../../schema/idempotency.js';
import { findVisible, lockApplication, NotFoundError } from './applications.service.js';
import { assertCan } from './applications.policy.js';
import { EXTENSIONS, sniffType } from '../files/sniff.js';

const tooMany = () => new ValidationError([{ field: 'attachments', message: `附件最多 ${APPLICATION_LIMITS.attachment.maxCount} 个` }]);

/** fileName: the user's own name for the file (mini-program uploads carry a temporary one). */
export async function addAttachment(
  deps: Deps,
  viewer: Viewer,
  { applicationId, file, fileName, clientKey: rawKey }: { applicationId: string; file: File; fileName?: string | null; clientKey?: string | null },
) {
  const prisma = deps.db.prisma;
  const clientKey = idempotencyKey(rawKey);
  const app = await findVisible(prisma, viewer, applicationId);
  assertCan(viewer, 'ownerEdit', app);
  const byKey = () => prisma.attachment.findUnique({ where: { applicationId_clientKey: { applicationId, clientKey: clientKey! } } });
  if (clientKey) {
    const earlier = await byKey();
    if (earlier) return earlier;
  }
  if (!EDITABLE_STATUSES.includes(app.status)) throw new UserError('当前状态不能修改附件', 'NOT_EDITABLE');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const actual = sniffType(bytes);
  // wx.uploadFile sends temporary files as application/octet-stream: then the bytes decide.
  const declaredType = !file.type || file.type === 'application/octet-stream' ? (actual ?? file.type) : file.type;
  const name = Array.from(stripControl(fileName ?? '').trim() || stripControl(file.name).trim() || '附件')
    .slice(0, 120)
    .join('');
  const declared = validateAttachment({ name, size: file.size, type: declaredType });
  if (declared) throw new ValidationError([{ field: 'attachments', message: declared }]);
  // A quick answer when already full; the count that decides is taken under the lock below.
  if ((await prisma.attachment.count({ where: { applicationId } })) >= APPLICATION_LIMITS.attachment.maxCount) throw tooMany();
  if (actual !== declaredType)
    throw new ValidationError([{ field: 'attachments', message: `附件内容与类型不符（只接受真实的 PDF、JPEG、PNG 文件）：${name}` }]);
  const storageKey = `attachments/${applicationId}/${crypto.randomUUID()}.${EXTENSIONS[actual]}`;
  await deps.services.privateFiles.write(storageKey, bytes);
  try {
    // Count and insert under the application's row lock: concurrent uploads cannot pass the limit together.
    return await prisma.$transaction(async (tx) => {
      await lockApplication(tx, applicationId);
      const current = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } });
      if (!EDITABLE_STATUSES.includes(current.status)) throw new UserError('当前状态不能修改附件', 'NOT_EDITABLE');
      const count = await tx.attachment.count({ where: { applicationId } });
      if (count >= APPLICATION_LIMITS.attachment.maxCount) throw tooMany();
      return tx.attachment.create({ data: { applicationId, fileName: name, contentType: actual, size: bytes.length, storageKey, clientKey } });
    });
  } catch (err) {
    await deps.services.privateFiles.remove(storageKey); // nothing half-written stays behind
    if (clientKey && isUniqueViolation(err)) return (await byKey())!;
    throw err;
  }
}

export async function removeAttachment(deps: Deps, viewer: Viewer, attachmentId: string) {
  const prisma = deps.db.prisma;
  const attachment = await prisma.attachment.findUnique({ where: { id: attachmentId } });
  if (!attachment) throw new NotFoundError();
  const app = await findVisible(prisma, viewer, attachment.applicationId);
  assertCan(viewer, 'ownerEdit', app);
  await prisma.$transaction(async (tx) => {
    await lockApplication(tx, app.id);
    const current = await tx.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } });
    if (!EDITABLE_STATUSES.includes(current.status)) throw new UserError('当前状态不能修改附件', 'NOT_EDITABLE');
    await tx.attachment.deleteMany({ where: { id: attachmentId } });
  });
  await deps.services.privateFiles.remove(attachment.storageKey);
  return true;
}
