import { describe, expect, it } from 'vitest';
import { multipartBody, multipartFields, typeOf } from './upload';

describe('GraphQL multipart request (attachments)', () => {
  it('builds operations with a null file variable and a map pointing at it', () => {
    const { operations, map } = multipartFields('QXBwbGljYXRpb246MQ==', 'm-key-0001');
    const ops = JSON.parse(operations);
    expect(ops.operationName).toBe('UploadApplicationAttachment');
    expect(ops.query).toMatch(/mutation UploadApplicationAttachment\(\$applicationId: ID!, \$file: File!, \$fileName: String, \$clientKey: String\)/);
    expect(ops.query).toMatch(/fragment AttachmentFields on Attachment/);
    expect(ops.variables).toEqual({ applicationId: 'QXBwbGljYXRpb246MQ==', file: null, fileName: null, clientKey: 'm-key-0001' });
    expect(JSON.parse(map)).toEqual({ 0: ['variables.file'] });
  });

  it('puts operations, map and then the file (field 0) in the body, in that order', () => {
    const file = new Blob(['%PDF-1.4 test'], { type: 'application/pdf' });
    const body = multipartBody('app-1', file, '申报材料.pdf');
    const entries = Array.from(body.entries());
    expect(entries.map(([name]) => name)).toEqual(['operations', 'map', '0']);
    // The picked name travels as a variable too: wx.uploadFile names the file part after a temporary copy.
    expect(JSON.parse(entries[0][1] as string).variables).toEqual({ applicationId: 'app-1', file: null, fileName: '申报材料.pdf', clientKey: null });
    const sent = entries[2][1] as File;
    expect(sent.name).toBe('申报材料.pdf');
    expect(sent.type).toBe('application/pdf');
    expect(sent.size).toBe('%PDF-1.4 test'.length);
  });

  it('derives the type from the extension when the platform gives none', () => {
    expect(typeOf('a.PDF')).toBe('application/pdf');
    expect(typeOf('scan.jpeg', 'application/octet-stream')).toBe('image/jpeg');
    expect(typeOf('x.png', 'image/png')).toBe('image/png');
    expect(typeOf('notes.txt')).toBe('');
  });
});
