import { describe, expect, it } from 'vitest';
import { PERSISTED_HASHES } from '@cards/schema/persisted';
import { subtitleMultipartBody } from './subtitleUpload';

describe('subtitleMultipartBody', () => {
  it('names the trusted document by its hash, as every other request does', () => {
    const body = subtitleMultipartBody('RmlsbTox', 'en', new Blob(['WEBVTT\n']), 'en.vtt');
    const operations = JSON.parse(String(body.get('operations')));
    expect(operations.operationName).toBe('AttachFilmSubtitle');
    expect(operations.extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: PERSISTED_HASHES.AttachFilmSubtitle } });
    expect(operations.variables).toEqual({ id: 'RmlsbTox', language: 'en', file: null });
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.file'] });
  });
});
