import { afterEach, describe, expect, it, vi } from 'vitest'
import { base64Utf8, databaseId, finishOf, refusalOf, uploadFilm, uploadMetadata } from './tus'
import { setToken } from '../auth/session'

describe('tus helpers', () => {
  it('encodes metadata values as base64 of UTF-8 and leaves out empty ones', () => {
    expect(base64Utf8('德化白瓷')).toBe(Buffer.from('德化白瓷').toString('base64'))
    expect(uploadMetadata({ cardId: 'c1', title: ' 瓷 ', titleEn: '' })).toBe(`cardId ${Buffer.from('c1').toString('base64')},title ${Buffer.from('瓷').toString('base64')}`)
  })

  it('takes the database id out of a Relay global id', () => {
    expect(databaseId(Buffer.from('Card:abc-123').toString('base64'))).toBe('abc-123')
    expect(databaseId('abc-123')).toBe('abc-123')
  })

  it('reads refusals and the final answer', () => {
    expect(refusalOf(422, '{"message":"文件只有声音，没有视频画面","code":"NO_VIDEO"}')).toEqual({ ok: false, status: 422, message: '文件只有声音，没有视频画面', code: 'NO_VIDEO' })
    expect(refusalOf(500, '<html>').message).toBe('上传失败（HTTP 500）')
    expect(finishOf(200, '{"filmId":"f1","state":"QUEUED"}')).toEqual({ ok: true, filmId: 'f1', state: 'QUEUED' })
    expect(finishOf(422, '{"message":"视频时长 3:05，超过 3 分钟上限","code":"TOO_LONG"}')).toMatchObject({ ok: false, message: '视频时长 3:05，超过 3 分钟上限' })
  })
})

class FakeXhr {
  static sent: { method: string; url: string; headers: Record<string, string>; body: Blob }[] = []
  static reply = { status: 200, text: '{"filmId":"f9","state":"QUEUED"}' }
  method = ''
  url = ''
  headers: Record<string, string> = {}
  status = 0
  responseText = ''
  upload: { onprogress?: (e: { loaded: number }) => void } = {}
  onload?: () => void
  onerror?: () => void
  onabort?: () => void
  open(method: string, url: string) {
    this.method = method
    this.url = url
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v
  }
  send(body: Blob) {
    FakeXhr.sent.push({ method: this.method, url: this.url, headers: this.headers, body })
    this.upload.onprogress?.({ loaded: body.size })
    this.status = FakeXhr.reply.status
    this.responseText = FakeXhr.reply.text
    setTimeout(() => this.onload?.(), 0)
  }
}

describe('uploadFilm', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setToken(null)
  })

  it('creates the upload with tus headers, then PATCHes the file to its Location', async () => {
    setToken('tok')
    const fetchMock = vi.fn(async () => new Response(null, { status: 201, headers: { Location: '/uploads/films/u1' } }))
    vi.stubGlobal('fetch', fetchMock)
    vi.stubGlobal('XMLHttpRequest', FakeXhr)
    const file = new Blob(['12345678'])
    const progress: number[] = []
    const res = await uploadFilm(file, { cardId: Buffer.from('Card:c7').toString('base64'), title: '瓷', titleEn: 'Porcelain' }, (f) => progress.push(f))
    expect(res).toEqual({ ok: true, filmId: 'f9', state: 'QUEUED' })
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/uploads/films')
    expect(init.method).toBe('POST')
    expect(init.headers).toMatchObject({
      'Tus-Resumable': '1.0.0',
      'Upload-Length': '8',
      Authorization: 'Bearer tok',
      'Upload-Metadata': uploadMetadata({ cardId: 'c7', title: '瓷', titleEn: 'Porcelain' }),
    })
    const patch = FakeXhr.sent[0]
    expect(patch.method).toBe('PATCH')
    expect(patch.url).toMatch(/\/uploads\/films\/u1$/)
    expect(patch.headers).toMatchObject({ 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream', 'Tus-Resumable': '1.0.0', Authorization: 'Bearer tok' })
    expect(progress.at(-1)).toBe(1)
  })

  it('returns the refusal of the creation request', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"message":"请填写微纪录片标题","code":"TITLE_REQUIRED"}', { status: 400 })))
    const res = await uploadFilm(new Blob(['x']), { cardId: 'c', title: '' })
    expect(res).toMatchObject({ ok: false, status: 400, message: '请填写微纪录片标题' })
  })
})
