/**
 * The benchmark's peer (issue #9): PostGraphile 5 over the same database as Lianzhao, serving the
 * same list query (50 firms of a zone with their segments). Runs on the Node 22 of this folder's
 * node_modules (PostGraphile 5 needs it; the workspace stays on Node 20), started by bench/src/peer.ts.
 *
 * Settings are PostGraphile's production ones: no GraphiQL, no plan explanations, no schema watch.
 * Only the three tables the query reads are exposed, read-only: the benchmark database also holds
 * users and token hashes, which a throwaway server has no reason to serve.
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const EXPOSED_TABLES = new Set(['firm', 'firm_segment', 'segment']);

/** Hides every other table of the schema, and lets a query filter firms on `deleted_at`. */
const BenchExposurePlugin = {
  name: 'BenchExposurePlugin',
  version: '0.0.0',
  schema: {
    entityBehavior: {
      pgResource: {
        override: {
          provides: ['benchExposure'],
          callback: (behavior, resource) => (EXPOSED_TABLES.has(resource.name) ? behavior : [behavior, '-*']),
        },
      },
      pgResourceUnique: {
        override: {
          provides: ['benchExposure'],
          callback: (behavior, [resource]) =>
            EXPOSED_TABLES.has(resource.name) ? behavior : [behavior, '-*'],
        },
      },
      pgCodecRelation: {
        override: {
          provides: ['benchExposure'],
          callback: (behavior, relation) =>
            EXPOSED_TABLES.has(relation.remoteResource.name) ? behavior : [behavior, '-*'],
        },
      },
      // PostGraphile offers conditions only on indexed columns; deleted_at has no index of its own,
      // yet Lianzhao's firm list filters on it (deleted_at IS NULL) and so must the peer's query.
      pgCodecAttribute: {
        override: {
          provides: ['benchExposure'],
          callback: (behavior, [codec, attributeName]) =>
            codec.name === 'firm' && attributeName === 'deleted_at' ? [behavior, '+filterBy'] : behavior,
        },
      },
    },
  },
};

// The same pool size as Lianzhao's (api/src/db/database.ts), so neither side has more connections.
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});

const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [BenchExposurePlugin],
  pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
  schema: { defaultBehavior: '-insert -update -delete' },
  grafserv: { graphiql: false, watch: false, websockets: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
// Builds the schema before the first request, so no timed request pays for introspection.
await pgl.getSchema();

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(JSON.stringify({ port }));
  process.send?.({ port });
});

// Started with an IPC channel: when the parent lets go of it, the peer stops.
process.on('disconnect', () => {
  server.close();
  void pgl
    .release()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
