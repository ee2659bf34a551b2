import { describe, expect, it } from 'vitest';
import { uploadOutcome } from './mutate';

describe('uploadOutcome', () => {
  it('reads the mutation field of a multipart answer: success or typed error', () => {
    const ok = uploadOutcome<{ id: string }>(200, JSON.stringify({ data: { attachFilmSubtitle: { __typename: 'Film', id: 'f1' } } }), 'attachFilmSubtitle');
    expect(ok).toEqual({ ok: true, value: { __typename: 'Film', id: 'f1' } });
    const refused = uploadOutcome(
      200,
      JSON.stringify({
        data: { attachFilmSubtitle: { __typename: 'ValidationError', message: '字幕格式不正确', fieldErrors: [{ field: 'file', message: '字幕格式不正确' }] } },
      }),
      'attachFilmSubtitle',
    );
    expect(refused).toMatchObject({ ok: false, error: { kind: 'validation', fieldErrors: { file: '字幕格式不正确' } } });
  });

  it('turns GraphQL errors and unreadable answers into a network failure with a message', () => {
    expect(uploadOutcome(200, JSON.stringify({ errors: [{ message: '请先登录' }] }), 'x')).toMatchObject({
      ok: false,
      error: { kind: 'network', message: '请先登录' },
    });
    expect(uploadOutcome(502, '<html>', 'x')).toMatchObject({ ok: false, error: { kind: 'network', message: '上传失败（HTTP 502）' } });
  });
});
