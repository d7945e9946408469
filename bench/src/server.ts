/**
 * The API under test, run as a child of `pnpm bench` (NODE_ENV=production): the app exactly as
 * createApp builds it, plus reference routes under /bench that run the same SQL without GraphQL,
 * and a counter of the SQL statements the app sends (for the N+1 check).
 */
import { createApp, createLogger, loadConfig, openDatabase } from '@lianzhao/api';
import { type KyselyPlugin, sql } from 'kysely';
import { findFirmsByIds } from '../../api/src/firms/firm.repository';
import { authenticate } from '../../api/src/http/authenticate';
import { requestLogger } from '../../api/src/http/request-logger';
import { securityHeaders } from '../../api/src/http/security-headers';
import { honoClassOf, serve } from './api-runtime';
import { GAP_ROWS_SQL } from './gap-rows-sql';

const config = loadConfig();
const log = createLogger(config.logLevel);
const handle = await openDatabase({ databaseUrl: config.databaseUrl });

let statements: string[] = [];
// Every statement Kysely sends comes back through transformResult, builder or raw sql`...`, inside
// transactions too. transformQuery also sees sub-selects, so it only remembers what each query is.
const described = new WeakMap<object, string>();
const countStatements: KyselyPlugin = {
  transformQuery(args) {
    if (!described.has(args.queryId)) described.set(args.queryId, describeQuery(args.node));
    return args.node;
  },
  transformResult: async (args) => {
    statements.push(described.get(args.queryId) ?? 'query');
    return args.result;
  },
};
const db = handle.db.withPlugin(countStatements);

const api = createApp({ db, config, log });
const Hono = honoClassOf(api);
const app = new Hono();

// The REST reference: the same middleware the /graphql route has (request log, security headers,
// services, bearer authentication), then the same repository call the firm(id) resolver ends in, as JSON.
const reference = new Hono();
// Registered before the middleware, so asking for the count costs no statement itself.
reference.get('/statements', (c) => {
  const counted = statements;
  statements = [];
  return c.json({ statements: counted.length, kinds: counted });
});
reference.get('/ping', async (c) => {
  await sql`SELECT 1`.execute(db);
  return c.json({ ok: true });
});

reference.use(requestLogger(log));
reference.use(securityHeaders());
reference.use(async function provideServices(c, next) {
  c.set('services', { db, config, log: c.var.services?.log ?? log, viewer: null });
  await next();
});
reference.use(authenticate());
reference.get('/firm/:id', async (c) => {
  if (!c.var.services.viewer) return c.json({ error: 'UNAUTHENTICATED' }, 401);
  const [firm] = await findFirmsByIds(db, [Number(c.req.param('id'))]);
  if (!firm) return c.json({ firm: null });
  return c.json({
    firm: {
      id: String(firm.id),
      uscc: firm.uscc,
      name: firm.name,
      province: firm.province,
      city: firm.city,
      tags: firm.tags,
      revenue: firm.revenue,
    },
  });
});
// Plain SQL fetching what the chainGaps analysis of one zone and chain reads, nothing computed.
reference.get('/gap-rows', async (c) => {
  if (!c.var.services.viewer) return c.json({ error: 'UNAUTHENTICATED' }, 401);
  const zoneId = Number(c.req.query('zoneId'));
  const chainId = Number(c.req.query('chainId'));
  const results = await Promise.all(GAP_ROWS_SQL(zoneId, chainId).map((query) => query.execute(db)));
  return c.json({ rows: results.map((r) => r.rows.length) });
});
app.route('/bench', reference);
app.route('/', api);

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send?.({ port: info.port });
});
process.on('disconnect', () => {
  server.close();
  void handle.close().finally(() => process.exit(0));
});

/** 'select firm', 'update api_token', 'raw: SELECT ...': enough to tell the statements apart. */
function describeQuery(node: { kind: string }): string {
  // biome-ignore lint/suspicious/noExplicitAny: reading Kysely's operation node tree loosely
  const n = node as any;
  const table =
    n.from?.froms?.[0]?.table?.identifier?.name ??
    n.into?.table?.identifier?.name ??
    n.table?.table?.identifier?.name ??
    n.from?.froms?.[0]?.node?.table?.identifier?.name;
  if (node.kind === 'RawNode')
    return `raw: ${String(n.sqlFragments?.[0] ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 60)}`;
  return `${node.kind.replace(/QueryNode$/, '').toLowerCase()} ${table ?? '?'}`;
}
