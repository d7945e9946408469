import { readFileSync } from 'node:fs';

/**
 * The SDL of every domain module. Each module owns its `<module>.graphql`; the base file declares the
 * root types the others extend. Listed explicitly so that a new module is a one-line change here.
 */
const MODULE_SDL = [
  'graphql/base.graphql',
  'users/users.graphql',
  'auth/auth.graphql',
  'zones/zones.graphql',
  'chains/chains.graphql',
  'firms/firms.graphql',
  'leads/leads.graphql',
  'chain-gaps/chain-gaps.graphql',
  'projects/projects.graphql',
  'imports/imports.graphql',
  'digests/digests.graphql',
  'metrics/metrics.graphql',
];

export const typeDefs: string[] = MODULE_SDL.map((file) =>
  readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'),
);
