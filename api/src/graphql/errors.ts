import { GraphQLError } from 'graphql';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { databaseUnavailableError, isDatabaseUnavailable } from '../shared/pg-errors';

/** graphql-js's error, recognised by shape: under vitest two copies of graphql-js (ESM and CJS) can meet. */
function asGraphQLError(error: unknown): GraphQLError | undefined {
  return error instanceof Error && error.name === 'GraphQLError' ? (error as GraphQLError) : undefined;
}

/**
 * The one place where errors become what GraphQL clients see: an `AppError` keeps its message and
 * code (`extensions.code`), GraphQL's own errors (syntax, validation, scalars) pass as they are, and
 * anything else is logged with its stack and masked as `INTERNAL`.
 */
export function maskGraphQLError(error: unknown, log: Logger): Error {
  const graphQLError = asGraphQLError(error);
  const original = graphQLError?.originalError ?? error;
  const location = { nodes: graphQLError?.nodes, path: graphQLError?.path };
  if (original instanceof AppError) {
    return new GraphQLError(original.message, {
      ...location,
      extensions: {
        code: original.code,
        ...(original.details ? { details: original.details } : {}),
        ...(original.code === 'UNAUTHENTICATED' ? { http: { status: 401 } } : {}),
        ...(original.code === 'UNAVAILABLE' ? { http: { status: 503 } } : {}),
      },
    });
  }
  const originalGraphQLError = asGraphQLError(original);
  if (originalGraphQLError) return originalGraphQLError;
  if (isDatabaseUnavailable(original)) {
    log.warn({ err: original, path: graphQLError?.path }, 'database unavailable');
    return maskGraphQLError(databaseUnavailableError(original), log);
  }
  log.error({ err: original, path: graphQLError?.path }, 'unexpected error');
  return new GraphQLError('Unexpected error.', {
    path: graphQLError?.path,
    extensions: { code: 'INTERNAL' },
  });
}
