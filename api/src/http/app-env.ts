import type { ServiceContext } from '../context';

/** Hono's per-request variables: the service context, with the viewer the auth middleware found. */
export interface AppEnv {
  Variables: { services: ServiceContext; requestId: string };
}
