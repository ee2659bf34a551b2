import { describe, expect, it } from 'vitest';
import { readableError } from '.';

describe('readableError', () => {
  const network = '网络异常，请稍后重试';

  it('turns a transport failure into the network sentence', () => {
    expect(readableError('[Network] Network request failed', network)).toBe(network);
    expect(readableError('[Network] Failed to fetch', network)).toBe(network);
    expect(readableError('request:fail timeout', network)).toBe(network);
  });

  it('keeps the server’s own message without urql’s prefix', () => {
    expect(readableError('[GraphQL] 名片不存在', network)).toBe('名片不存在');
    expect(readableError('名片不存在', network)).toBe('名片不存在');
    expect(readableError(undefined, network)).toBeUndefined();
  });
});
