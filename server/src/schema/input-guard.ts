// One gate for every argument of every field, before any resolver runs: text without NUL and within
// its length (schema/rules INPUT_LIMITS, or the field's own `maxLength`), lists within `maxItems`,
// IDs in the shape our IDs have; then every text made well-formed (a lone surrogate as U+FFFD). A
// refusal is a ValidationError (field and message) where the field has typed errors, else a GraphQL
// error with code BAD_USER_INPUT. So hostile input gets a clear answer instead of a database error.
import SchemaBuilder, {
  BasePlugin,
  type FieldRequiredness,
  type InputType,
  type PothosInputFieldConfig,
  type PothosInputFieldType,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import { GraphQLError, type GraphQLFieldResolver } from 'graphql';
import { INPUT_LIMITS, textInputProblem, wellFormed } from '@cards/schema/rules';
import { ValidationError } from '../domain/errors.js';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
    export interface InputFieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      Type extends InputType<Types> | [InputType<Types>] = InputType<Types> | [InputType<Types>],
      Req extends FieldRequiredness<Type> = FieldRequiredness<Type>,
    > {
      /** Most characters of this text (of each item of a list of texts); INPUT_LIMITS.text by default. */
      maxLength?: number;
      /** Most items of this list; INPUT_LIMITS.listItems by default. */
      maxItems?: number;
    }
  }
}

export interface InputProblem {
  field: string;
  message: string;
}

/** The local ids inside our IDs: cuids, region codes, counters' names. */
const LOCAL_ID = /^[A-Za-z0-9_-]{1,64}$/;
const ID_CHARACTERS = /^[A-Za-z0-9+/=_-]{1,128}$/;

/**
 * Why an ID cannot be one of ours; null when it can. A global ID (base64 of "Type:id", Type one of
 * the schema's types) must carry a plain local id; `globalOnly`: nothing else is accepted (Relay's
 * node(id)). A plain local id (a cuid, a region code) only has to look like one.
 */
export function idProblem(raw: string, isType: (name: string) => boolean, globalOnly = false): string | null {
  if (!ID_CHARACTERS.test(raw)) return 'ID 格式不正确';
  const decoded = /^([A-Z_a-z]\w*):(.*)$/s.exec(Buffer.from(raw, 'base64').toString('utf8'));
  if (!decoded || !isType(decoded[1])) return globalOnly ? 'ID 格式不正确' : null;
  return LOCAL_ID.test(decoded[2]) ? null : 'ID 格式不正确';
}

/** "输入项 username 不能含有空字符（NUL）": the field's name is the argument's or the input field's. */
const describe = (problem: InputProblem) => `输入项 ${problem.field} ${problem.message}`;

export function badUserInput(problem: InputProblem): GraphQLError {
  return new GraphQLError(describe(problem), { extensions: { code: 'BAD_USER_INPUT', field: problem.field } });
}

function refusal(problem: InputProblem): ValidationError {
  return new ValidationError([{ field: problem.field, message: describe(problem) }]);
}

type Resolver = GraphQLFieldResolver<unknown, object, object>;

/** Arguments with every text well-formed (lone surrogates made U+FFFD); the same object when nothing changes. */
function wellFormedArgs<T>(value: T): T {
  if (typeof value === 'string') return wellFormed(value) as T;
  if (Array.isArray(value)) {
    const items = value.map(wellFormedArgs);
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  // Plain objects only (graphql-js builds arguments as such); an upload's File stays as it is.
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let changed: Record<string, unknown> | null = null;
  for (const [key, item] of Object.entries(value)) {
    const made = wellFormedArgs(item);
    if (made !== item) (changed ??= { ...(value as Record<string, unknown>) })[key] = made;
  }
  return (changed ?? value) as T;
}

export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver, fieldConfig: PothosOutputFieldConfig<Types>): Resolver {
    const check = this.checkerFor(fieldConfig, false);
    if (!check) return resolver;
    const typed = ((fieldConfig.extensions?.pothosErrors as unknown[] | undefined) ?? []).includes(ValidationError);
    return (parent, args, context, info) => {
      const problem = check(args as Record<string, unknown>);
      if (problem) throw typed ? refusal(problem) : badUserInput(problem);
      return resolver(parent, wellFormedArgs(args), context, info);
    };
  }

  override wrapSubscribe(subscribe: Resolver | undefined, fieldConfig: PothosOutputFieldConfig<Types>): Resolver | undefined {
    const check = subscribe && this.checkerFor(fieldConfig, false);
    if (!subscribe || !check) return subscribe;
    return (parent, args, context, info) => {
      const problem = check(args as Record<string, unknown>);
      if (problem) throw badUserInput(problem);
      return subscribe(parent, wellFormedArgs(args), context, info);
    };
  }

  // Arguments that a plugin decodes before the resolver (Relay's node(id)) are checked raw, first.
  override wrapArgMappers(resolver: Resolver | undefined, fieldConfig: PothosOutputFieldConfig<Types>): Resolver | undefined {
    if (!resolver || !fieldConfig.argMappers.length) return resolver;
    const check = this.checkerFor(fieldConfig, true);
    if (!check) return resolver;
    return (parent, args, context, info) => {
      const problem = check(args as Record<string, unknown>);
      if (problem) throw badUserInput(problem);
      return resolver(parent, args, context, info);
    };
  }

  private isType = (name: string): boolean => {
    try {
      return !!this.buildCache.getTypeConfig(name);
    } catch {
      return false;
    }
  };

  private checkerFor(fieldConfig: PothosOutputFieldConfig<Types>, raw: boolean): ((args: Record<string, unknown>) => InputProblem | null) | null {
    const args = Object.entries(fieldConfig.args);
    if (!args.length) return null;
    return (values) => {
      for (const [name, config] of args) {
        const problem = this.checkValue(values[name], config.type, config, name, raw);
        if (problem) return problem;
      }
      return null;
    };
  }

  private checkValue(
    value: unknown,
    type: PothosInputFieldType<Types>,
    config: PothosInputFieldConfig<Types>,
    field: string,
    raw: boolean,
  ): InputProblem | null {
    if (value == null) return null;
    const options = config.pothosOptions as { maxLength?: number; maxItems?: number };
    if (type.kind === 'List') {
      if (!Array.isArray(value)) return null;
      const maxItems = options.maxItems ?? INPUT_LIMITS.listItems;
      if (value.length > maxItems) return { field, message: `不能超过 ${maxItems} 项` };
      for (const item of value) {
        const problem = this.checkValue(item, type.type, config, field, raw);
        if (problem) return problem;
      }
      return null;
    }
    if (type.kind === 'InputObject') {
      if (typeof value !== 'object') return null;
      for (const [name, child] of Object.entries(this.buildCache.getInputTypeFieldConfigs(type.ref))) {
        const problem = this.checkValue((value as Record<string, unknown>)[name], child.type, child, name, raw);
        if (problem) return problem;
      }
      return null;
    }
    if (type.kind !== 'Scalar' || typeof value !== 'string') return null;
    const scalar = this.buildCache.getTypeConfig(type.ref).name;
    if (scalar === 'ID') {
      const message = idProblem(value, this.isType, raw && !!config.extensions?.isRelayGlobalID);
      return message ? { field, message } : null;
    }
    if (scalar === 'String' && !raw) {
      const message = textInputProblem(value, options.maxLength ?? INPUT_LIMITS.text);
      return message ? { field, message } : null;
    }
    return null;
  }
}

const pluginName = 'inputGuard';
SchemaBuilder.registerPlugin(pluginName, InputGuardPlugin);
export default pluginName;
