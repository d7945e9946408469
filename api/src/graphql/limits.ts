import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';

/**
 * Limits every operation before it runs (OWASP GraphQL cheat sheet): depth, aliases, tokens, cost and
 * directives. Introspection counts too (`ignoreIntrospection: false`), which also closes the known
 * bypass of naming an operation or fragment `__schema`. Outside development, introspection and
 * "did you mean" suggestions are off, so the schema is not handed to strangers.
 */
export function operationLimits(options: { development: boolean }) {
  const armor = new EnvelopArmor({
    maxDepth: { n: 12, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: 20 },
    maxTokens: { n: 3000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 20_000, ignoreIntrospection: false, flattenFragments: true },
    blockFieldSuggestion: { enabled: !options.development },
  });
  const plugins = armor.protect().plugins;
  return options.development ? plugins : [...plugins, useDisableIntrospection()];
}
