// A staff upload (the signed agreement, a card's logo or cover) as a GraphQL multipart request
// (operations, map, then the file as `0`): fetch + FormData on H5, Taro.uploadFile on weapp.
import Taro from '@tarojs/taro';
import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { graphqlEndpoint } from '../../graphql/client';
import { operationFields, operationName } from '../../graphql/trusted';
import { UPLOAD_NETWORK_FAILURE, uploadOutcome, type Outcome } from '../../graphql/mutate';
import { authHeaders } from '../auth/session';
import { typeOf, type PickedFile } from '../applications/upload';

/** The `operations` and `map` fields: the variables with `file: null`, and the file filling it. */
export function uploadFields(document: TypedDocumentNode<any, any>, variables: Record<string, unknown>): { operations: string; map: string } {
  return {
    operations: JSON.stringify({
      operationName: operationName(document),
      ...operationFields(document, () => stringifyDocument(document)),
      variables: { ...variables, file: null },
    }),
    map: JSON.stringify({ 0: ['variables.file'] }),
  };
}

/** Sends `file` as the `file` variable of the mutation; `field` is the mutation's result field. */
export async function uploadWith<T>(
  document: TypedDocumentNode<any, any>,
  field: string,
  variables: Record<string, unknown>,
  file: PickedFile,
): Promise<Outcome<T>> {
  const fields = uploadFields(document, variables);
  const url = graphqlEndpoint();
  try {
    if (IS_H5) {
      const body = new FormData();
      body.append('operations', fields.operations);
      body.append('map', fields.map);
      body.append('0', file.blob!, file.name);
      const res = await fetch(url, { method: 'POST', headers: authHeaders(), body });
      return uploadOutcome<T>(field, res.status, await res.text());
    }
    const res = await Taro.uploadFile({ url, filePath: file.path!, name: '0', formData: fields, header: authHeaders() });
    return uploadOutcome<T>(field, res.statusCode, String(res.data));
  } catch {
    return UPLOAD_NETWORK_FAILURE;
  }
}

/** Lets staff pick one file of the given extensions: a file input on H5, a chat file on weapp. */
export function pickOneFile(extensions: string[], accept: string): Promise<PickedFile | null> {
  if (IS_H5) {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.style.display = 'none';
      input.addEventListener('change', () => {
        const f = input.files?.[0];
        input.remove();
        resolve(f ? { name: f.name, size: f.size, type: typeOf(f.name, f.type), blob: f } : null);
      });
      input.addEventListener('cancel', () => {
        input.remove();
        resolve(null);
      });
      document.body.appendChild(input);
      input.click();
    });
  }
  return Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })
    .then((res) => res.tempFiles.map((f) => ({ name: f.name, size: f.size, type: typeOf(f.name), path: f.path }))[0] ?? null)
    .catch(() => null);
}
