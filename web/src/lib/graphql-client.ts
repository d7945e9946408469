import {
  type AnyVariables,
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  type TypedDocumentNode,
} from '@urql/core';
import { type AppError, fromCombinedError, isUnauthenticated } from './errors.ts';

type Listener = () => void;
let unauthenticatedListener: Listener | undefined;

/** Registers what happens when any operation reports UNAUTHENTICATED (the session sends the user to /login). */
export function onUnauthenticated(listener: Listener): void {
  unauthenticatedListener = listener;
}

function createClient(): Client {
  return new Client({
    url: '/graphql',
    // Every operation is a POST with a JSON body: the server's CSRF guard accepts that without extra headers.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) unauthenticatedListener?.();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}

let client = createClient();

/** The app's GraphQL client. Call it when you need it: it is replaced when the user changes. */
export function graphqlClient(): Client {
  return client;
}

/** Drops every cached result, so one user's data never shows up in the next user's session. */
export function resetGraphqlClient(): void {
  client = createClient();
}

/** The outcome of a mutation: data on success, otherwise an error to show. */
export type MutationOutcome<Data> = { data: Data; error?: undefined } | { data?: undefined; error: AppError };

/**
 * Runs a mutation and reduces its result to data or a translated-by-code error.
 *
 * @example
 * const outcome = await runMutation(REVOKE_API_TOKEN, { id });
 * if (outcome.error) message = t(`error.${outcome.error.code}`);
 */
export async function runMutation<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<MutationOutcome<Data>> {
  const result = await client.mutation(document, variables).toPromise();
  if (result.error) return { error: fromCombinedError(result.error) };
  if (!result.data) return { error: { code: 'INTERNAL' } };
  return { data: result.data };
}
