import type { AnyVariables, CombinedError, DocumentInput } from '@urql/core';
import { fieldErrorMessage, type ApplicationField } from '@cards/schema/rules/wording';
import { getLang } from '../i18n/store';
import { serverErrorText } from '../i18n/serverErrors';
import { getClient } from './client';

/**
 * Mutations that can fail for a user-visible reason return a union: the success object or an
 * error type implementing `interface Error { message code }`. `mutate` turns both that and a
 * transport failure into one shape the pages can show.
 */
export const ERROR_TYPENAMES = new Set(['ValidationError', 'ConflictError', 'NotFound', 'AuthError', 'ActionRefused']);

export type FailureKind = 'network' | 'validation' | 'conflict' | 'notFound' | 'auth' | 'refused';

export interface Failure {
  kind: FailureKind;
  message: string;
  code?: string;
  /** Field → message, from a ValidationError. */
  fieldErrors: Record<string, string>;
  /** From a ConflictError. */
  currentVersion?: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Failure };

interface ErrorShape {
  __typename?: string;
  message?: string;
  code?: string;
  fieldErrors?: { field: string; message: string; code?: string | null; params?: { name: string; value: string }[] }[];
  currentVersion?: number;
}

const KIND: Record<string, FailureKind> = {
  ValidationError: 'validation',
  ConflictError: 'conflict',
  NotFound: 'notFound',
  AuthError: 'auth',
  ActionRefused: 'refused',
};

/** The message of a transport or GraphQL error, without urql's "[GraphQL]" / "[Network]" prefix. */
export function errorMessage(error: CombinedError | undefined | null, fallback: string): string {
  if (!error) return fallback;
  if (error.graphQLErrors?.length)
    return error.graphQLErrors
      .map((e) => serverErrorText(e.extensions?.code as string | undefined, e.message, getLang()))
      .join(getLang() === 'en' ? '; ' : '；');
  return fallback;
}

/** A field error worded in the user's language from its rule code (the server's Chinese sentence otherwise). */
function inUserLanguage(fe: NonNullable<ErrorShape['fieldErrors']>[number]): string {
  if (!fe.code) return fe.message;
  const params = Object.fromEntries((fe.params ?? []).map((p) => [p.name, p.value]));
  return fieldErrorMessage({ field: fe.field as ApplicationField, code: fe.code, params, message: fe.message }, getLang());
}

/** A union member: the success value, or the failure it stands for. */
export function toOutcome<T>(value: T | ErrorShape | null | undefined, fallback: string): Outcome<T> {
  if (!value) return { ok: false, error: { kind: 'network', message: fallback, fieldErrors: {} } };
  const shape = value as ErrorShape;
  if (shape.__typename && ERROR_TYPENAMES.has(shape.__typename)) {
    const fieldErrors: Record<string, string> = {};
    for (const fe of shape.fieldErrors ?? []) if (!fieldErrors[fe.field]) fieldErrors[fe.field] = inUserLanguage(fe);
    return {
      ok: false,
      error: {
        kind: KIND[shape.__typename],
        message: shape.message ? serverErrorText(shape.code, shape.message, getLang()) : fallback,
        code: shape.code,
        fieldErrors,
        currentVersion: shape.currentVersion,
      },
    };
  }
  return { ok: true, value: value as T };
}

/** Runs a mutation and picks its result field; network and GraphQL errors become `kind: 'network'`. */
export async function mutate<Data, Variables extends AnyVariables, T>(
  document: DocumentInput<Data, Variables>,
  variables: Variables,
  pick: (data: Data) => T | ErrorShape | null | undefined,
  fallback: string,
): Promise<Outcome<T>> {
  const result = await getClient().mutation(document, variables).toPromise();
  if (result.error || !result.data) {
    return { ok: false, error: { kind: 'network', message: errorMessage(result.error, fallback), fieldErrors: {} } };
  }
  return toOutcome(pick(result.data as Data), fallback);
}

/** Strip a success union member's `__typename` check helper: narrows `T | errors` to `T`. */
export function isSuccess<T extends { __typename?: string }>(value: T, typename: string): boolean {
  return value.__typename === typename;
}

/** What a failed upload request shows (no answer from the server). */
export const UPLOAD_NETWORK_FAILURE: Outcome<never> = { ok: false, error: { kind: 'network', message: '网络异常，上传失败', fieldErrors: {} } };

/** Reads the answer to a multipart upload (sent outside urql): the mutation's `field` as `toOutcome` reads it, else the errors. */
export function uploadOutcome<T>(field: string, status: number, text: string): Outcome<T> {
  const fallback = `上传失败（HTTP ${status}）`;
  try {
    const body = JSON.parse(text) as { data?: Record<string, T | null>; errors?: { message: string }[] };
    const result = body.data?.[field];
    if (result) return toOutcome<T>(result, fallback);
    const message = body.errors?.map((e) => e.message).join('；') || fallback;
    return { ok: false, error: { kind: 'network', message, fieldErrors: {} } };
  } catch {
    return { ok: false, error: { kind: 'network', message: fallback, fieldErrors: {} } };
  }
}
