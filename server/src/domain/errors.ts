// Domain errors: what services and policies throw. This module imports nothing, so any layer
// (services, rate limits, the tus route, CLI, jobs) can use it; schema/errors.ts gives them GraphQL types.

/** Refusal of an action for a reason the user can act on. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export class ValidationError extends UserError {
  constructor(
    readonly fieldErrors: { field: string; message: string; code?: string; params?: Record<string, string | number> }[],
    message = fieldErrors.map((e) => e.message).join('；'),
  ) {
    super(message, 'INVALID_INPUT');
  }
}

/** Someone else changed the record since the client read it. */
export class ConflictError extends UserError {
  constructor(readonly currentVersion: number) {
    super('该申请已被他人更新，请刷新后再试', 'VERSION_CONFLICT');
  }
}

export class AuthError extends UserError {}

/** Not there, or not the viewer's to see (the two are answered alike so nothing leaks). */
export class NotFoundError extends UserError {
  constructor(message = '申请不存在或无权查看') {
    super(message, 'NOT_FOUND');
  }
}

/** The viewer may not do this: entry points answer it as a refusal (GraphQL error or HTTP 403) with the FORBIDDEN code. */
export class Forbidden extends UserError {
  constructor(message = '没有权限执行此操作（Not allowed）') {
    super(message, 'FORBIDDEN');
  }
}
