import type { ServiceContext } from '../context';
import type { Loaders } from './loaders';

/** The GraphQL context: the service context of the request plus its per-request DataLoaders. */
export interface GraphQLContext extends ServiceContext {
  loaders: Loaders;
}
