// A card's logo and cover image: a real PNG, JPEG or WebP within the size limit, put in the public
// media store (the public card shows it), then set on the card as an edit (a version and an audit entry).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STAFF_LIMITS } from '@cards/schema/rules';
import type { Deps, Viewer } from '../../context.js';
import { NotFoundError, ValidationError } from '../../domain/errors.js';
import { EXTENSIONS, sniffType } from '../files/sniff.js';
import { assertCan } from './cards.policy.js';
import { updateCard } from './cards.service.js';

export type CardImageKind = 'LOGO' | 'COVER';

export async function uploadCardImage(
  deps: Deps,
  viewer: Viewer,
  { cardId, kind, file, expectedVersion }: { cardId: string; kind: CardImageKind; file: File; expectedVersion?: number | null },
) {
  assertCan(viewer, 'edit');
  const field = kind === 'LOGO' ? 'logoUrl' : 'coverUrl';
  const { maxBytes, types } = STAFF_LIMITS.cardImage;
  const mb = maxBytes / 1024 / 1024;
  if (file.size > maxBytes) throw new ValidationError([{ field: 'file', code: 'FILE_TOO_LARGE', params: { maxMb: mb }, message: `图片不能超过 ${mb} MB（at most ${mb} MB）` }]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = sniffType(bytes);
  if (!type || !(types as readonly string[]).includes(type))
    throw new ValidationError([{ field: 'file', code: 'NOT_IMAGE', message: '图片须为 PNG、JPEG 或 WebP 文件（the image must be a real PNG, JPEG or WebP file）' }]);
  if (!(await deps.db.prisma.card.findUnique({ where: { id: cardId }, select: { id: true } }))) throw new NotFoundError('名片不存在（Card not found）');
  const key = `cards/${cardId}/${kind.toLowerCase()}-${crypto.randomUUID()}.${EXTENSIONS[type]}`;
  const tmp = path.join(os.tmpdir(), `card-image-${crypto.randomUUID()}`);
  await fs.promises.writeFile(tmp, bytes);
  try {
    await deps.services.media.putFile(tmp, key);
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
  try {
    return await updateCard(deps, viewer, cardId, { [field]: deps.services.media.url(key) }, expectedVersion);
  } catch (err) {
    await deps.services.media.remove(key).catch(() => {}); // nothing half-written stays behind
    throw err;
  }
}
