import { describe, expect, it } from 'vitest';
import { routeParam } from './routeParam';

describe('routeParam', () => {
  it('decodes an encoded parameter', () => {
    expect(routeParam('%E4%B8%9C%E8%8E%9E')).toBe('东莞');
    expect(routeParam('Q2FyZDox%3D')).toBe('Q2FyZDox=');
  });

  it('keeps a malformed or missing parameter instead of throwing', () => {
    expect(routeParam('100%')).toBe('100%');
    expect(routeParam(undefined)).toBe('');
    expect(routeParam(null)).toBe('');
  });
});
