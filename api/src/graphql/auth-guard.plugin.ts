import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from './context';

/**
 * Refuses every operation (introspection included) without a session or an API token, before any
 * resolver runs. Services check again, so a resolver reached another way is still guarded.
 */
export function useRequireViewer(): Plugin<GraphQLContext> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (args.contextValue.viewer) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError('Sign in or send an API token', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          }),
        ],
      });
    },
  };
}
