// Resumable uploads of film sources (tus protocol): the file streams to disk, never into memory.
// When it is complete, ffprobe checks it; a refused file is deleted and nothing is recorded.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Server as TusServer } from '@tus/server';
import { FileStore as TusFileStore } from '@tus/file-store';
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Services } from '../../services.js';
import { logger } from '../../observability/logger.js';
import { bearerToken, viewerFromToken } from '../auth/sessions.js';
import { assertCan } from './films.policy.js';
import { requireUserId } from '../auth/auth.policy.js';
import { Forbidden, UserError } from '../../domain/errors.js';
import { FilmRefused, probeFilm } from '../media/probe.js';

export const UPLOAD_PATH = '/uploads/films';
export const MAX_SOURCE_BYTES = 4 * 1024 ** 3;
/** Set by the server on creation (a client's own value is replaced): who may touch the upload. */
const UPLOADER_KEY = 'uploaderId';
/** An upload nobody finished within a day is abandoned: its partial file is deleted. */
export const UPLOAD_EXPIRY_MS = 24 * 3600_000;

export function createFilmUploads(prisma: PrismaClient, services: Services) {
  const incoming = path.join(services.config.privateDir, 'incoming');
  fs.mkdirSync(incoming, { recursive: true });
  const refuse = (status_code: number, message: string, code: string) => ({ status_code, body: JSON.stringify({ message, code }) });
  /** The same policy as every other entry point; its domain errors become tus refusals. */
  const check = (allowed: () => void) => {
    try {
      allowed();
    } catch (err) {
      if (err instanceof Forbidden) throw refuse(403, err.message, err.code);
      if (err instanceof UserError) throw refuse(err.code === 'NOT_FOUND' ? 404 : 400, err.message, err.code);
      throw err;
    }
  };

  const datastore = new TusFileStore({ directory: incoming, expirationPeriodInMilliseconds: UPLOAD_EXPIRY_MS });
  const server = new TusServer({
    path: UPLOAD_PATH,
    datastore,
    maxSize: MAX_SOURCE_BYTES,
    relativeLocation: true,
    namingFunction: () => crypto.randomUUID(),
    async onIncomingRequest(req, uploadId) {
      const viewer = await viewerFromToken(prisma, bearerToken(req.headers.get('authorization')));
      check(() => assertCan(viewer, 'upload'));
      // An upload in progress is its uploader's (or an admin's): nobody else may read, resume or delete it.
      if (req.method === 'POST' || viewer.role === 'ADMIN') return;
      const upload = await datastore.getUpload(uploadId).catch(() => null);
      check(() => assertCan(viewer, 'resume', upload && { uploaderId: upload.metadata?.[UPLOADER_KEY] ?? undefined }));
    },
    async onUploadCreate(req, upload) {
      const viewer = await viewerFromToken(prisma, bearerToken(req.headers.get('authorization')));
      check(() => assertCan(viewer, 'upload'));
      const uploaderId = requireUserId(viewer);
      const wait = await services.rateLimits.consume('filmUploadPerUser', uploaderId);
      if (wait !== null) throw refuse(429, `上传过于频繁，请 ${wait} 秒后再试`, 'RATE_LIMITED');
      const cardId = upload.metadata?.cardId;
      const title = upload.metadata?.title?.trim();
      if (!cardId || !(await prisma.card.findUnique({ where: { id: cardId }, select: { id: true } })))
        throw refuse(400, '请选择微纪录片所属的产业名片', 'CARD_REQUIRED');
      if (!title) throw refuse(400, '请填写微纪录片标题', 'TITLE_REQUIRED');
      return { metadata: { ...upload.metadata, [UPLOADER_KEY]: uploaderId } };
    },
    async onUploadFinish(_req, upload) {
      const file = path.join(incoming, upload.id);
      const forget = async () => {
        await fs.promises.rm(file, { force: true });
        await fs.promises.rm(`${file}.json`, { force: true });
      };
      try {
        await probeFilm(file);
      } catch (err) {
        await forget();
        if (err instanceof FilmRefused) throw refuse(422, err.reason, err.code);
        throw err;
      }
      const sourceKey = `sources/${crypto.randomUUID()}`;
      await fs.promises.mkdir(path.dirname(services.privateFiles.pathOf(sourceKey)), { recursive: true });
      await fs.promises.rename(file, services.privateFiles.pathOf(sourceKey));
      await fs.promises.rm(`${file}.json`, { force: true });
      const meta = upload.metadata ?? {};
      // A new film comes first among the card's films, as the newest (staff reorder them with reorderCardFilms).
      const first = await prisma.film.aggregate({ where: { cardId: meta.cardId! }, _min: { position: true } });
      const film = await prisma.film.create({
        data: {
          cardId: meta.cardId!,
          position: (first._min.position ?? 1) - 1,
          title: meta.title!.trim().slice(0, 60),
          titleEn: meta.titleEn?.trim().slice(0, 120) || null,
          sourceKey,
          jobState: 'QUEUED',
        },
      });
      services.filmJobs?.poke();
      return { status_code: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ filmId: film.id, state: 'QUEUED' }) };
    },
  });
  const sweep = () => void server.cleanUpExpiredUploads().catch((err: Error) => logger.error({ err }, 'film uploads: clean-up of expired uploads failed'));
  sweep();
  setInterval(sweep, 3600_000).unref();
  return server;
}
