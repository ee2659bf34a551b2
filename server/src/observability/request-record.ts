// What the request log line and the HTTP metrics learn about a request while it runs: the
// listener wrapper (instrument.ts) makes the record, the GraphQL plugin fills in the operation.
import type http from 'node:http';

export interface RequestRecord {
  id: string;
  /** process.hrtime.bigint() when the request arrived. */
  start: bigint;
  operation?: string;
  operationType?: string;
  role?: string;
  /** extensions.code of each error in the response. */
  errors?: string[];
  /** Answered from the response cache. */
  cached?: boolean;
}

const records = new WeakMap<http.IncomingMessage, RequestRecord>();

export function startRecord(req: http.IncomingMessage, id: string): RequestRecord {
  const record: RequestRecord = { id, start: process.hrtime.bigint() };
  records.set(req, record);
  return record;
}

export function recordOf(req: http.IncomingMessage | undefined | null): RequestRecord | undefined {
  return req ? records.get(req) : undefined;
}
