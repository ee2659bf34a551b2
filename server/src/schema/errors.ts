// Errors a user must see come back as data (typed results), with a Chinese message.
import { builder } from './builder.js';
import { AuthError, ConflictError, NotFoundError, UserError, ValidationError } from '../domain/errors.js';

export { AuthError, ConflictError, NotFoundError, UserError, ValidationError };

export const ErrorInterface = builder.interfaceRef<UserError>('Error').implement({
  description: 'A reason the user must see, in Chinese.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code', { description: 'Stable code for clients, e.g. CAMPAIGN_CLOSED.' }),
  }),
});

// Plain refusals; subclasses below have types of their own.
builder.objectType(UserError, { name: 'ActionRefused', interfaces: [ErrorInterface], isTypeOf: (e) => (e as object).constructor === UserError });

const FieldErrorRef = builder.objectRef<{ field: string; message: string }>('FieldError').implement({
  fields: (t) => ({ field: t.exposeString('field'), message: t.exposeString('message') }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ValidationError,
  fields: (t) => ({ fieldErrors: t.field({ type: [FieldErrorRef], resolve: (e) => e.fieldErrors }) }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ConflictError,
  fields: (t) => ({ currentVersion: t.exposeInt('currentVersion') }),
});

builder.objectType(AuthError, { name: 'AuthError', interfaces: [ErrorInterface], isTypeOf: (e) => e instanceof AuthError });

builder.objectType(NotFoundError, { name: 'NotFound', interfaces: [ErrorInterface], isTypeOf: (e) => e instanceof NotFoundError });
