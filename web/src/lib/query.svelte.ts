import type { AnyVariables, RequestPolicy, TypedDocumentNode } from '@urql/core';
import { type AppError, fromCombinedError } from './errors.ts';
import { graphqlClient } from './graphql-client.ts';

/**
 * A GraphQL query bound to a component's lifetime: it runs when the component mounts, again
 * when its variables change, and stops when the component goes away. Create it while a
 * component initialises (it uses `$effect`).
 *
 * Cached data is shown at once and refreshed in the background ('cache-and-network');
 * `refetch()` always goes to the network.
 *
 * @example
 * const zones = new Query(ZONES_QUERY);
 * const chain = new Query(CHAIN_QUERY, () => ({ id: chainId }));
 */
export class Query<Data, Variables extends AnyVariables = Record<string, never>> {
  data = $state.raw<Data | undefined>(undefined);
  error = $state.raw<AppError | undefined>(undefined);
  /** True until the first answer arrives, and while a refetch or a stale result is refreshing. */
  fetching = $state(true);
  #refetches = $state(0);
  #lastVariablesKey: string | undefined;

  constructor(document: TypedDocumentNode<Data, Variables>, variables?: () => Variables) {
    $effect(() => {
      const vars = variables ? variables() : ({} as Variables);
      const requestPolicy: RequestPolicy = this.#refetches > 0 ? 'network-only' : 'cache-and-network';
      const key = JSON.stringify(vars);
      if (key !== this.#lastVariablesKey) {
        // Other variables, other thing: never show the previous one's data while loading.
        this.#lastVariablesKey = key;
        this.data = undefined;
        this.error = undefined;
      }
      this.fetching = true;
      const subscription = graphqlClient()
        .query(document, vars, { requestPolicy })
        .subscribe((result) => {
          if (result.error) {
            this.error = fromCombinedError(result.error);
            if (!result.data) this.data = undefined;
          } else {
            this.error = undefined;
          }
          if (result.data) this.data = result.data;
          this.fetching = result.stale;
        });
      return () => subscription.unsubscribe();
    });
  }

  /** Asks the server again, e.g. after a mutation or from a "Try again" button. */
  refetch(): void {
    this.#refetches += 1;
  }
}
