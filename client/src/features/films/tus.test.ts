import { describe, expect, it } from 'vitest';
import { databaseId, finishOf, refusalOf } from './tus';

describe('tus helpers', () => {
  it('takes the database id out of a Relay global id', () => {
    expect(databaseId(Buffer.from('Card:abc-123').toString('base64'))).toBe('abc-123');
    expect(databaseId('abc-123')).toBe('abc-123');
  });

  it('reads refusals and the final answer', () => {
    expect(refusalOf(422, '{"message":"文件只有声音，没有视频画面","code":"NO_VIDEO"}')).toEqual({
      ok: false,
      status: 422,
      message: '文件只有声音，没有视频画面',
      code: 'NO_VIDEO',
    });
    expect(refusalOf(500, '<html>').message).toBe('上传失败（HTTP 500）');
    expect(finishOf(200, '{"filmId":"f1","state":"QUEUED"}')).toEqual({ ok: true, filmId: 'f1', state: 'QUEUED' });
    expect(finishOf(422, '{"message":"视频时长 3:05，超过 3 分钟上限","code":"TOO_LONG"}')).toMatchObject({
      ok: false,
      message: '视频时长 3:05，超过 3 分钟上限',
    });
  });
});
// The upload itself (tus-js-client against the real server, resumed after a reload) is tested in
// test/browser/staff-films.test.ts.
