import type { AnyVariables, CombinedError, DocumentInput } from '@urql/core';
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
  fieldErrors?: { field: string; message: string }[];
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
  if (error.graphQLErrors?.length) return error.graphQLErrors.map((e) => e.message).join('；');
  return fallback;
}

/** A union member: the success value, or the failure it stands for. */
export function toOutcome<T>(value: T | ErrorShape | null | undefined, fallback: string): Outcome<T> {
  if (!value) return { ok: false, error: { kind: 'network', message: fallback, fieldErrors: {} } };
  const shape = value as ErrorShape;
  if (shape.__typename && ERROR_TYPENAMES.has(shape.__typename)) {
    const fieldErrors: Record<string, string> = {};
    for (const fe of shape.fieldErrors ?? []) if (!fieldErrors[fe.field]) fieldErrors[fe.field] = fe.message;
    return {
      ok: false,
      error: {
        kind: KIND[shape.__typename],
        message: shape.message || fallback,
        code: shape.code,
        fieldErrors,
        currentVersion: shape.currentVersion,
      },
    };
  }
  return { ok: true, value: value as T };
}

/**
 * The answer to a multipart GraphQL request (file uploads, which go around urql): the mutation's
 * `field` as an Outcome, or the GraphQL / HTTP failure as a network one.
 */
export function uploadOutcome<T>(status: number, text: string, field: string): Outcome<T> {
  const fallback = `上传失败（HTTP ${status}）`;
  try {
    const body = JSON.parse(text) as { data?: Record<string, T | ErrorShape | null>; errors?: { message: string }[] };
    const value = body.data?.[field];
    if (value) return toOutcome<T>(value, fallback);
    const message = body.errors?.map((e) => e.message).join('；') || fallback;
    return { ok: false, error: { kind: 'network', message, fieldErrors: {} } };
  } catch {
    return { ok: false, error: { kind: 'network', message: fallback, fieldErrors: {} } };
  }
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
