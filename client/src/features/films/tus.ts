import { authHeaders } from '../auth/session';

/**
 * Film sources go up with the tus 1.0 protocol (H5 only), through tus-js-client: chunked, retried
 * from where it stopped, abortable, and resumable after a reload (the upload URL is kept in
 * localStorage under a fingerprint of the file and its card and title). The server checks the
 * file when it is complete: 200 `{ filmId, state }`, or 422 `{ message, code }` (e.g. no video track).
 */
export const FILM_UPLOAD_PATH = '/uploads/films';

/** Bytes per PATCH: progress and resumption are this fine; the proxy's body limit must allow it. */
export const FILM_CHUNK_BYTES = 8 * 1024 * 1024;

/** The database id inside a Relay global id (`base64("Card:<id>")` → `<id>`); the input when it is not one. */
export function databaseId(globalId: string, typename = 'Card'): string {
  try {
    const decoded = atob(globalId);
    if (decoded.startsWith(`${typename}:`)) return decoded.slice(typename.length + 1);
  } catch {
    // not base64
  }
  return globalId;
}

export interface FilmUploadMeta {
  /** The card's global id (or database id). */
  cardId: string;
  title: string;
  titleEn?: string;
}

export type FilmUploadOutcome = { ok: true; filmId: string; state: string } | { ok: false; status: number; message: string; code?: string };

/** A refusal body `{ message, code }`, or a generic message for the status. */
export function refusalOf(status: number, text: string): { ok: false; status: number; message: string; code?: string } {
  try {
    const body = JSON.parse(text) as { message?: unknown; code?: unknown };
    if (body && typeof body.message === 'string' && body.message) {
      return { ok: false, status, message: body.message, code: typeof body.code === 'string' ? body.code : undefined };
    }
  } catch {
    // not JSON
  }
  const plain = text && text.length < 200 && !/^\s*</.test(text) ? text.trim() : '';
  return { ok: false, status, message: plain || (status ? `上传失败（HTTP ${status}）` : '网络异常，上传失败') };
}

/** The upload's final answer (after the last PATCH). */
export function finishOf(status: number, text: string): FilmUploadOutcome {
  if (status >= 200 && status < 300) {
    try {
      const body = JSON.parse(text) as { filmId?: string; state?: string };
      return { ok: true, filmId: body.filmId ?? '', state: body.state ?? 'QUEUED' };
    } catch {
      return { ok: true, filmId: '', state: 'QUEUED' };
    }
  }
  return refusalOf(status, text);
}

export interface FilmUpload {
  /** Settles when the upload ends: uploaded and checked, refused, failed, or aborted. */
  done: Promise<FilmUploadOutcome>;
  /** Stops sending and removes the partial upload from the server. */
  abort(): Promise<void>;
  /** Whether it carries on an upload of the same file started before (e.g. before a reload). */
  resumed: Promise<boolean>;
}

/** tus-js-client, loaded when a film is uploaded (H5 only: the weapp build leaves it out entirely). */
function loadTus(): Promise<typeof import('tus-js-client')> {
  return IS_H5 ? import(/* webpackChunkName: "tus" */ 'tus-js-client') : Promise.reject(new Error('film uploads need the web version'));
}

/** Starts uploading a film source; `onProgress` gets 0…1. */
export function startFilmUpload(file: File, meta: FilmUploadMeta, onProgress?: (fraction: number) => void): FilmUpload {
  let settle: (outcome: FilmUploadOutcome) => void = () => undefined;
  const done = new Promise<FilmUploadOutcome>((resolve) => (settle = resolve));
  const started = loadTus().then((tus) => begin(tus, file, meta, settle, onProgress));
  started.catch(() => settle(refusalOf(0, '')));
  return {
    done,
    resumed: started.then(
      (upload) => upload.resumed,
      () => false,
    ),
    abort: async () => {
      const upload = await started.catch(() => null);
      await upload?.tus.abort(true).catch(() => undefined);
      settle({ ok: false, status: 0, message: '已取消上传', code: 'ABORTED' });
    },
  };
}

function begin(
  { Upload, DetailedError }: typeof import('tus-js-client'),
  file: File,
  meta: FilmUploadMeta,
  settle: (outcome: FilmUploadOutcome) => void,
  onProgress?: (fraction: number) => void,
) {
  const cardId = databaseId(meta.cardId);
  const upload = new Upload(file, {
    endpoint: new URL(FILM_UPLOAD_PATH, window.location.href).toString(),
    chunkSize: FILM_CHUNK_BYTES,
    retryDelays: [0, 1000, 3000, 5000],
    metadata: Object.fromEntries(Object.entries({ cardId, title: meta.title.trim(), titleEn: meta.titleEn?.trim() }).filter(([, v]) => v)) as Record<
      string,
      string
    >,
    headers: authHeaders(),
    // Same file for another card or title is another film: it must not resume this one.
    fingerprint: async () => ['film-upload', file.name, file.size, file.lastModified, cardId, meta.title.trim()].join('/'),
    removeFingerprintOnSuccess: true,
    onProgress: (sent, total) => onProgress?.(total ? Math.min(1, sent / total) : 1),
    onSuccess: ({ lastResponse }) => settle(finishOf(lastResponse.getStatus(), lastResponse.getBody() ?? '')),
    onError: (error) => {
      const response = error instanceof DetailedError ? error.originalResponse : null;
      settle(response ? refusalOf(response.getStatus(), response.getBody() ?? '') : refusalOf(0, ''));
    },
  });
  const resumed = upload.findPreviousUploads().then(
    (previous) => {
      if (previous.length) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
      return previous.length > 0;
    },
    () => {
      upload.start();
      return false;
    },
  );
  return { tus: upload, resumed };
}
