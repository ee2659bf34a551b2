import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { badUserInput } from './input-guard.js';

interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Deeper than anyone pages; a cursor past it is not one we gave out. */
export const MAX_OFFSET = 100_000;

/** Pothos' offset cursors: base64 of "OffsetConnection:<n>". */
function offsetOf(cursor: string): number | null {
  const m = /^OffsetConnection:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  const offset = m ? Number(m[1]) : NaN;
  return Number.isInteger(offset) && offset <= MAX_OFFSET ? offset : null;
}

/** Page arguments a client may send; anything else is refused with BAD_USER_INPUT before a query runs. */
export function checkPageArgs(args: PageArgs): void {
  for (const name of ['first', 'last'] as const) {
    const size = args[name];
    if (size != null && size < 0) throw badUserInput({ field: name, message: '每页数量不能为负数' });
  }
  for (const name of ['after', 'before'] as const) {
    const cursor = args[name];
    if (cursor != null && offsetOf(cursor) === null) throw badUserInput({ field: name, message: '分页游标不正确，请从第一页重新加载' });
  }
  if (args.last != null && args.before == null && args.first == null) throw badUserInput({ field: 'last', message: '须与 before 或 first 一起使用' });
}

/**
 * A Relay connection over offset cursors whose page function also tells the total count; the
 * connection object's `totalCount` field reads it (see `totalCountField`).
 */
export async function countedOffsetConnection<T>(
  args: PageArgs,
  page: (window: { offset: number; limit: number }) => Promise<{ rows: T[]; totalCount: number }>,
  sizes = { defaultSize: 20, maxSize: 100 },
) {
  checkPageArgs(args);
  let totalCount = 0;
  const connection = await resolveOffsetConnection({ args, ...sizes }, async (window) => {
    const result = await page(window);
    totalCount = result.totalCount;
    return result.rows;
  });
  return Object.assign(connection, { totalCount });
}

/** The `totalCount` field of a connection resolved with countedOffsetConnection. */
export const readTotalCount = (connection: object) => (connection as { totalCount: number }).totalCount;
