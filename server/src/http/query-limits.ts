// Limits on what one GraphQL document may ask for (graphql-armor), tuned to our own operations:
// every operation in schema/operations passes at half of each limit (a test checks), so a client
// change has room, while an abusive query (deep nesting, alias floods, huge documents) is refused
// before it runs.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface QueryLimits {
  depth: number;
  aliases: number;
  cost: number;
  tokens: number;
  directives: number;
}

// Our operations need at most: depth 5, 2 aliases, cost 7878 (the staff film list), 164 tokens, no
// directives (measured on 2026-11-21; the test re-checks at half of each limit).
export const QUERY_LIMITS: QueryLimits = { depth: 10, aliases: 10, cost: 20_000, tokens: 1000, directives: 10 };

export function queryLimitsPlugin(limits: QueryLimits = QUERY_LIMITS, options: { hideSuggestions: boolean } = { hideSuggestions: false }) {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.depth, flattenFragments: true, ignoreIntrospection: true },
    maxAliases: { n: limits.aliases },
    costLimit: { maxCost: limits.cost },
    maxTokens: { n: limits.tokens },
    maxDirectives: { n: limits.directives },
    blockFieldSuggestion: { enabled: options.hideSuggestions },
  });
}

/** Production: no introspection (the schema is public in the repository, not on the endpoint). */
export function noIntrospectionPlugin(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}
