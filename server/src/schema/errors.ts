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

const ErrorParamRef = builder.objectRef<[string, string | number]>('ErrorParam').implement({
  description: "A number or name that a rule's message is worded around (e.g. max = 60).",
  fields: (t) => ({ name: t.string({ resolve: ([name]) => name }), value: t.string({ resolve: ([, value]) => String(value) }) }),
});

const FieldErrorRef = builder.objectRef<{ field: string; message: string; code?: string; params?: Record<string, string | number> }>('FieldError').implement({
  fields: (t) => ({
    field: t.exposeString('field'),
    message: t.exposeString('message', { description: 'In Chinese; clients word `code` and `params` in their own language where they know the code.' }),
    code: t.string({
      nullable: true,
      description: 'The rule broken (schema/rules FieldErrorCode), when it is one of the shared rules.',
      resolve: (e) => e.code ?? null,
    }),
    params: t.field({ type: [ErrorParamRef], resolve: (e) => Object.entries(e.params ?? {}) }),
  }),
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
