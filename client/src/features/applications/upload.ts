import Taro from '@tarojs/taro';
import { stringifyDocument } from '@urql/core';
import { APPLICATION_LIMITS, validateAttachment } from '@cards/schema/rules';
import { UploadApplicationAttachmentDocument, type AttachmentFieldsFragment } from '@cards/schema';
import { newClientKey } from '../../utils/clientKey';
import { graphqlEndpoint } from '../../graphql/client';
import { operationFields } from '../../graphql/trusted';
import { authHeaders } from '../auth/session';
import { uploadOutcome, type Outcome } from '../../graphql/mutate';

/**
 * Attachments go up as a GraphQL multipart request
 * (https://github.com/jaydenseric/graphql-multipart-request-spec): the fields `operations`
 * (the query with `null` where the file goes), `map` (which file fills which variable) and then
 * the file itself under the name `0`. On H5 with `fetch` + FormData, on weapp with `Taro.uploadFile`.
 */
export interface MultipartFields {
  operations: string;
  map: string;
}

/**
 * `fileName` is the name the user picked: wx.uploadFile names the file part after its temporary
 * copy (`tmp_….pdf`), so the server takes the name from here.
 */
export function multipartFields(applicationId: string, clientKey?: string, fileName?: string): MultipartFields {
  return {
    operations: JSON.stringify({
      operationName: 'UploadApplicationAttachment',
      ...operationFields(UploadApplicationAttachmentDocument, () => stringifyDocument(UploadApplicationAttachmentDocument)),
      variables: { applicationId, file: null, fileName: fileName ?? null, clientKey: clientKey ?? null },
    }),
    map: JSON.stringify({ 0: ['variables.file'] }),
  };
}

/** The H5 request body: `operations`, `map`, then the file as `0` (the spec's order). */
export function multipartBody(applicationId: string, file: Blob, fileName: string, clientKey?: string): FormData {
  const fields = multipartFields(applicationId, clientKey, fileName);
  const body = new FormData();
  body.append('operations', fields.operations);
  body.append('map', fields.map);
  body.append('0', file, fileName);
  return body;
}

/** A file the user picked: a browser File on H5, a temporary path on weapp. */
export interface PickedFile {
  name: string;
  size: number;
  type: string;
  /** The upload's idempotency key, made on the first attempt and reused by retries. */
  clientKey?: string;
  /** H5 only. */
  blob?: Blob;
  /** weapp only. */
  path?: string;
}

const TYPES_BY_EXTENSION: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

export function typeOf(name: string, declared?: string): string {
  if (declared && declared !== 'application/octet-stream') return declared;
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return TYPES_BY_EXTENSION[ext] ?? declared ?? '';
}

/** Lets the user pick files: a file input on H5, `chooseMessageFile` (chat files) on weapp. */
export function chooseAttachments(maxCount: number = APPLICATION_LIMITS.attachment.maxCount): Promise<PickedFile[]> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
      input.multiple = maxCount > 1;
      input.className = 'attachment-file-input';
      input.style.display = 'none';
      input.addEventListener('change', () => {
        const files = Array.from(input.files ?? []).slice(0, maxCount);
        input.remove();
        resolve(files.map((f) => ({ name: f.name, size: f.size, type: typeOf(f.name, f.type), blob: f })));
      });
      input.addEventListener('cancel', () => {
        input.remove();
        resolve([]);
      });
      document.body.appendChild(input);
      input.click();
    });
  }
  return Taro.chooseMessageFile({ count: maxCount, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] })
    .then((res) => res.tempFiles.map((f) => ({ name: f.name, size: f.size, type: typeOf(f.name), path: f.path })))
    .catch(() => []);
}

const parseResponse = (status: number, text: string) => uploadOutcome<AttachmentFieldsFragment>(status, text, 'uploadApplicationAttachment');

/** Checks the file locally (type, size), then uploads it to the application. */
export async function uploadAttachment(applicationId: string, file: PickedFile): Promise<Outcome<AttachmentFieldsFragment>> {
  const refusal = validateAttachment(file);
  if (refusal) return { ok: false, error: { kind: 'validation', message: refusal, fieldErrors: { attachments: refusal } } };
  // One key per picked file: uploading it again after a lost response stores it once.
  file.clientKey ??= newClientKey();
  const url = graphqlEndpoint();
  if (process.env.TARO_ENV === 'h5') {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: authHeaders(),
        body: multipartBody(applicationId, file.blob!, file.name, file.clientKey),
      });
      return parseResponse(res.status, await res.text());
    } catch {
      return { ok: false, error: { kind: 'network', message: '网络异常，上传失败', fieldErrors: {} } };
    }
  }
  const fields = multipartFields(applicationId, file.clientKey, file.name);
  try {
    const res = await Taro.uploadFile({
      url,
      filePath: file.path!,
      name: '0',
      formData: { operations: fields.operations, map: fields.map },
      header: authHeaders(),
    });
    return parseResponse(res.statusCode, String(res.data));
  } catch {
    return { ok: false, error: { kind: 'network', message: '网络异常，上传失败', fieldErrors: {} } };
  }
}
