// Who sees which films and who may upload and publish them.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Viewer } from '../../context.js';
import { Forbidden, NotFoundError } from '../../domain/errors.js';
import { isStaff } from '../auth/auth.policy.js';

/** The public sees films that are published, ready and of a published card; staff see all. */
export function filmVisibleWhere(viewer: Viewer): Prisma.FilmWhereInput {
  return isStaff(viewer) ? {} : { status: 'PUBLISHED', jobState: 'READY', card: { status: 'PUBLISHED' } };
}

export type FilmAction = 'upload' | 'publish' | 'editSubtitles' | 'edit';
/** An upload in progress (tus): its uploader's, or an admin's. */
export type UploadAction = 'resume';

export function assertCan(viewer: Viewer, action: FilmAction): void;
export function assertCan(viewer: Viewer, action: UploadAction, upload: { uploaderId: string | undefined } | null): void;
export function assertCan(viewer: Viewer, action: FilmAction | UploadAction, upload?: { uploaderId: string | undefined } | null): void {
  if (!isStaff(viewer)) throw new Forbidden(action === 'upload' || action === 'resume' ? '只有工作人员可以上传微纪录片' : undefined);
  if (action === 'resume' && upload && viewer.role !== 'ADMIN' && upload.uploaderId !== viewer.userId) throw new NotFoundError('上传不存在或不是您发起的');
}
