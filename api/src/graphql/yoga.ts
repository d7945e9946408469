import { useGraphQlJit } from '@envelop/graphql-jit';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createSchema, createYoga } from 'graphql-yoga';
import { authResolvers } from '../auth/auth.resolvers';
import { chainGapResolvers } from '../chain-gaps/chain-gaps.resolvers';
import { chainResolvers } from '../chains/chain.resolvers';
import type { ServiceContext } from '../context';
import { digestResolvers } from '../digests/digest.resolvers';
import { firmResolvers } from '../firms/firm.resolvers';
import { importResolvers } from '../imports/import.resolvers';
import { leadResolvers } from '../leads/lead.resolvers';
import { leadFieldResolvers } from '../leads/lead-fields.resolvers';
import type { Logger } from '../logger';
import { metricResolvers } from '../metrics/metrics.resolvers';
import { projectResolvers } from '../projects/project.resolvers';
import { projectFieldResolvers } from '../projects/project-fields.resolvers';
import { userResolvers } from '../users/user.resolvers';
import { zoneResolvers } from '../zones/zone.resolvers';
import { useRequireViewer } from './auth-guard.plugin';
import type { GraphQLContext } from './context';
import { maskGraphQLError } from './errors';
import { operationLimits } from './limits';
import { createLoaders } from './loaders';
import { DateScalar, DateTimeScalar } from './scalars';
import { useRejectNulText } from './text-guard.plugin';
import { typeDefs } from './type-defs';

/** What the HTTP layer hands to each GraphQL request. */
export type GraphQLServerContext = ServiceContext;

/**
 * The GraphQL endpoint: one schema merged from the domain modules, every operation behind the
 * viewer guard, errors masked in one place.
 */
export function createGraphQLHandler(options: { development: boolean; log: Logger }) {
  return createYoga<GraphQLServerContext, GraphQLContext>({
    schema: createSchema<GraphQLContext>({
      typeDefs,
      resolvers: [
        { Date: DateScalar, DateTime: DateTimeScalar },
        userResolvers,
        authResolvers,
        zoneResolvers,
        chainResolvers,
        firmResolvers,
        importResolvers,
        leadResolvers,
        leadFieldResolvers,
        chainGapResolvers,
        projectResolvers,
        projectFieldResolvers,
        metricResolvers,
        digestResolvers,
      ],
    }),
    context: ({ viewer, db, log, config }) => {
      const ctx: ServiceContext = { viewer, db, log, config };
      return { ...ctx, loaders: createLoaders(ctx) };
    },
    plugins: [
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      useRequireViewer(),
      ...operationLimits({ development: options.development }),
      useRejectNulText(),
      // Executes each operation through code compiled once per document (graphql-jit) instead of
      // graphql-js walking the selection for every object: a chain map resolves ~15,000 fields.
      useGraphQlJit(),
    ],
    // One operation per request: batching would multiply every limit above.
    batching: false,
    // graphqlRoute (the only way in) has already read the body under GRAPHQL_BODY_LIMIT; Yoga's own
    // limit would pipe that string through a web TransformStream again (~5% of a request's CPU).
    maxRequestBodySize: false,
    maskedErrors: { maskError: (error) => maskGraphQLError(error, options.log) },
    graphiql: options.development,
    landingPage: false,
    logging: false,
  });
}
