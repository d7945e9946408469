import type { Plugin } from 'graphql-yoga';
import type { ServiceContext } from '../context';

/**
 * Answers every GraphQL request without a session or an API token with 401 UNAUTHENTICATED, before
 * it is parsed or validated: nothing (not even introspection or a validation message) reaches a
 * stranger. Services check the viewer again, so a resolver reached another way is still guarded.
 */
export function useRequireViewer(): Plugin<Record<string, unknown>, ServiceContext> {
  return {
    onRequest({ serverContext, endResponse, fetchAPI }) {
      if (serverContext?.viewer) return;
      const body = {
        errors: [{ message: 'Sign in or send an API token', extensions: { code: 'UNAUTHENTICATED' } }],
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
