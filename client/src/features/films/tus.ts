import { authHeaders } from '../auth/session'

/**
 * Film sources go up with the tus 1.0 protocol (H5 only): a POST creates the upload (size and
 * metadata), its `Location` is the upload URL, then a PATCH sends the bytes. When the PATCH breaks
 * off, a HEAD tells how much arrived (`Upload-Offset`) and the rest is sent. The server checks the
 * file when it is complete: 200 `{ filmId, state }`, or 422 `{ message, code }` (e.g. no video track).
 */
export const FILM_UPLOAD_PATH = '/uploads/films'

const TUS = { 'Tus-Resumable': '1.0.0' }

/** Base64 of the UTF-8 bytes (tus metadata values). */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

/** `key base64,key base64`; empty values are left out. */
export function uploadMetadata(meta: Record<string, string | null | undefined>): string {
  return Object.entries(meta)
    .filter(([, v]) => typeof v === 'string' && v.trim() !== '')
    .map(([k, v]) => `${k} ${base64Utf8((v as string).trim())}`)
    .join(',')
}

/** The database id inside a Relay global id (`base64("Card:<id>")` → `<id>`); the input when it is not one. */
export function databaseId(globalId: string, typename = 'Card'): string {
  try {
    const decoded = atob(globalId)
    if (decoded.startsWith(`${typename}:`)) return decoded.slice(typename.length + 1)
  } catch {
    // not base64
  }
  return globalId
}

export interface FilmUploadMeta {
  /** The card's global id (or database id). */
  cardId: string
  title: string
  titleEn?: string
}

export type FilmUploadOutcome =
  | { ok: true; filmId: string; state: string }
  | { ok: false; status: number; message: string; code?: string }

/** A refusal body `{ message, code }`, or a generic message for the status. */
export function refusalOf(status: number, text: string): { ok: false; status: number; message: string; code?: string } {
  try {
    const body = JSON.parse(text) as { message?: unknown; code?: unknown }
    if (body && typeof body.message === 'string' && body.message) {
      return { ok: false, status, message: body.message, code: typeof body.code === 'string' ? body.code : undefined }
    }
  } catch {
    // not JSON
  }
  const plain = text && text.length < 200 && !/^\s*</.test(text) ? text.trim() : ''
  return { ok: false, status, message: plain || (status ? `上传失败（HTTP ${status}）` : '网络异常，上传失败') }
}

/** The upload's final answer (after the last PATCH). */
export function finishOf(status: number, text: string): FilmUploadOutcome {
  if (status >= 200 && status < 300) {
    try {
      const body = JSON.parse(text) as { filmId?: string; state?: string }
      return { ok: true, filmId: body.filmId ?? '', state: body.state ?? 'QUEUED' }
    } catch {
      return { ok: true, filmId: '', state: 'QUEUED' }
    }
  }
  return refusalOf(status, text)
}

interface PatchResult {
  status: number
  text: string
}

/** One PATCH with XMLHttpRequest, for upload progress. Status 0 is a network failure. */
function patch(url: string, offset: number, body: Blob, onBytes: (sent: number) => void): Promise<PatchResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PATCH', url)
    const headers: Record<string, string> = { ...TUS, ...authHeaders(), 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v)
    xhr.upload.onprogress = (e) => onBytes(e.loaded)
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText })
    xhr.onerror = () => resolve({ status: 0, text: '' })
    xhr.onabort = () => resolve({ status: 0, text: '' })
    xhr.send(body)
  })
}

async function currentOffset(url: string): Promise<number | null> {
  try {
    const res = await fetch(url, { method: 'HEAD', headers: { ...TUS, ...authHeaders() } })
    if (!res.ok) return null
    const n = parseInt(res.headers.get('Upload-Offset') ?? '', 10)
    return Number.isFinite(n) ? n : null
  } catch {
    return null
  }
}

/** Uploads a film source; `onProgress` gets 0…1. Retries a broken PATCH twice from where it stopped. */
export async function uploadFilm(file: Blob, meta: FilmUploadMeta, onProgress?: (fraction: number) => void): Promise<FilmUploadOutcome> {
  const size = file.size
  let created: Response
  try {
    created = await fetch(FILM_UPLOAD_PATH, {
      method: 'POST',
      headers: {
        ...TUS,
        ...authHeaders(),
        'Upload-Length': String(size),
        'Upload-Metadata': uploadMetadata({ cardId: databaseId(meta.cardId), title: meta.title, titleEn: meta.titleEn }),
      },
    })
  } catch {
    return refusalOf(0, '')
  }
  if (created.status !== 201) return refusalOf(created.status, await created.text().catch(() => ''))
  const location = created.headers.get('Location')
  if (!location) return refusalOf(created.status, '')
  const url = new URL(location, window.location.href).toString()

  let offset = 0
  const report = (sent: number) => onProgress?.(size ? Math.min(1, (offset + sent) / size) : 1)
  for (let attempt = 0; ; attempt++) {
    const res = await patch(url, offset, file.slice(offset), report)
    if (res.status !== 0 || attempt >= 2) return finishOf(res.status, res.text)
    await new Promise((r) => setTimeout(r, 1000 * (attempt + 1)))
    const at = await currentOffset(url)
    if (at === null) return finishOf(res.status, res.text)
    offset = at
  }
}
