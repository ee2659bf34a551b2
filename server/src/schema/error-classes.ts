// The error classes that resolvers throw (their GraphQL types are registered in errors.ts; kept
// apart so the builder can name ValidationError as a default error type without an import cycle).

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
    readonly fieldErrors: { field: string; message: string }[],
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
