import { resolveOffsetConnection } from '@pothos/plugin-relay';

interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
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
