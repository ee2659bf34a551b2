// A recorder of every database operation Prisma runs (model and action, raw SQL included), as
// Pothos's plugin-prisma tests record theirs: a list field's cost is asserted as the operations it
// runs, not only as a number (a changed query plan shows up as a changed list).
import type { TestDatabase } from './db.js';

export interface Operation {
  /** The model, or "$raw" for $queryRaw/$executeRaw. */
  model: string;
  action: string;
}

export interface OperationRecorder {
  /** What ran while `work` ran (one request at a time, so it is that request's). */
  during<T>(work: () => Promise<T>): Promise<{ result: T; operations: string[] }>;
}

/**
 * Wraps the database's client so that every operation is recorded; use before the server or the
 * GraphQL client is made from `db`. Operations read as "Model.action", in the order they started.
 */
export function recordOperations(db: TestDatabase): OperationRecorder {
  const log: Operation[] = [];
  const base = db.prisma;
  db.prisma = base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        log.push({ model: model ?? '$raw', action: operation });
        return query(args);
      },
    },
  }) as unknown as typeof base;
  return {
    async during(work) {
      log.length = 0;
      const result = await work();
      return { result, operations: log.splice(0).map((o) => `${o.model}.${o.action}`) };
    },
  };
}
