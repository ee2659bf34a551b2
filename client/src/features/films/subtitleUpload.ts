import { stringifyDocument } from '@urql/core';
import { AttachFilmSubtitleDocument, type StaffFilmFragment } from '@cards/schema';
import { graphqlEndpoint } from '../../graphql/client';
import { operationFields } from '../../graphql/trusted';
import { authHeaders } from '../auth/session';
import { UPLOAD_NETWORK_FAILURE, uploadOutcome, type Outcome } from '../../graphql/mutate';

export const SUBTITLE_LANGUAGES = ['zh-CN', 'en'] as const;
export type SubtitleLanguage = (typeof SUBTITLE_LANGUAGES)[number];

/** The GraphQL multipart body (`operations`, `map`, then the file as `0`) for `attachFilmSubtitle`. */
export function subtitleMultipartBody(id: string, language: string, file: Blob, fileName: string): FormData {
  const body = new FormData();
  body.append(
    'operations',
    JSON.stringify({
      operationName: 'AttachFilmSubtitle',
      // Built apps send the trusted document's hash alone, as every other request does.
      ...operationFields(AttachFilmSubtitleDocument, () => stringifyDocument(AttachFilmSubtitleDocument)),
      variables: { id, language, file: null },
    }),
  );
  body.append('map', JSON.stringify({ 0: ['variables.file'] }));
  body.append('0', file, fileName);
  return body;
}

export const parseSubtitleResponse = (status: number, text: string) => uploadOutcome<StaffFilmFragment>('attachFilmSubtitle', status, text);

/** Attaches a WebVTT file to a film (H5: fetch + FormData). */
export async function attachSubtitle(id: string, language: string, file: File): Promise<Outcome<StaffFilmFragment>> {
  try {
    const res = await fetch(graphqlEndpoint(), { method: 'POST', headers: authHeaders(), body: subtitleMultipartBody(id, language, file, file.name) });
    return parseSubtitleResponse(res.status, await res.text());
  } catch {
    return UPLOAD_NETWORK_FAILURE;
  }
}
