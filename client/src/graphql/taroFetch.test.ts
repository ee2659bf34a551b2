import { describe, expect, it } from 'vitest';
import { taroStub } from '../../test/taro-stub';
import { createClient } from './client';
import { makeResponse, taroFetch } from './taroFetch';
import { BatchYearsDocument } from './operations';

describe('taroFetch', () => {
  it('wraps a Taro response like fetch would', async () => {
    const res = makeResponse('/graphql', 200, '{"data":{}}', { 'Content-Type': 'application/json' });
    expect(res.ok).toBe(true);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.text()).toBe('{"data":{}}');
    expect(makeResponse('/graphql', 503, '', {}).ok).toBe(false);
  });

  it('asks Taro.request for text and passes method, headers and body', async () => {
    taroStub.handler = () => ({ statusCode: 200, data: '{"ok":1}', header: { 'content-type': 'application/json' } });
    const res = await taroFetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(await res.json()).toEqual({ ok: 1 });
    const req = taroStub.requests[0];
    expect(req).toMatchObject({ url: '/graphql', method: 'POST', dataType: 'text', responseType: 'text', data: '{}' });
    expect(req.header).toEqual({ 'content-type': 'application/json' });
  });

  it('rejects on a network failure', async () => {
    taroStub.handler = () => new Error('request:fail connect ECONNREFUSED');
    await expect(taroFetch('/graphql', {})).rejects.toThrow('ECONNREFUSED');
  });

  it('lets urql run a typed query over Taro.request (POST)', async () => {
    taroStub.handler = (opts) => {
      const body = JSON.parse(String(opts.data));
      expect(body.operationName).toBe('BatchYears');
      return {
        statusCode: 200,
        data: JSON.stringify({ data: { cardBatchYears: [2025, 2024] } }),
        header: { 'Content-Type': 'application/graphql-response+json' },
      };
    };
    const client = createClient('http://127.0.0.1:4000/graphql');
    const result = await client.query(BatchYearsDocument, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data?.cardBatchYears).toEqual([2025, 2024]);
    expect(taroStub.requests[0].method).toBe('POST');
  });

  it('turns a server that is down into an error result, not an exception', async () => {
    taroStub.handler = () => new Error('request:fail');
    const result = await createClient('/graphql').query(BatchYearsDocument, {}).toPromise();
    expect(result.data).toBeUndefined();
    expect(result.error?.networkError).toBeTruthy();
  });
});
