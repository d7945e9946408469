import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { type GraphQLField, isEnumType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { type GraphQLResult, graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';
import { apiSchema, argumentSlots, operationWithValue, type TargetIds } from './schema-walk';

/**
 * Hostile and broken input, aimed at EVERY argument of every root field and mutation (generated from
 * the schema, so new fields are covered the day they are added), as an admin who may reach every
 * object, so that the input gets past the access checks to the validation behind them. The oracle: an
 * answer is data or an error with a code the client can act on, never a masked INTERNAL error (which
 * would be a crash the input caused) and never an HTTP 5xx.
 */
const BAD_VALUES: Record<string, string[]> = {
  ID: ['"abc"', '"-1"', '"0"', '"99999999999999999999"', '"1 OR 1=1"'],
  Int: ['-1', '2147483647', '-2147483648'],
  Float: ['-1', '1e300', '-0.0000001'],
  String: [
    JSON.stringify('<script>alert(1)</script><img src=x onerror=alert(1)>'),
    JSON.stringify("' OR 1=1; DROP TABLE firm; --"),
    JSON.stringify('%_\\'),
    JSON.stringify('x'.repeat(10_000)),
    JSON.stringify(''),
    JSON.stringify('a\u0000b'),
  ],
  Date: ['"2026-02-30"', '"26/3/1"', '"0000-01-01"', '"99999-01-01"', '"2026-01-01T00:00:00Z"'],
  DateTime: ['"yesterday"', '"2026-13-01T00:00:00Z"', '"99999-01-01T00:00:00Z"'],
};
const ENUM_BAD_VALUE = 'NOT_A_VALUE';

describe(`bad input over the whole schema (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let ids: TargetIds;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    app = createApp({ db, config: testConfig(), log: silentLog });
    const make = createFactories(db);
    const zone = await make.zone();
    const { chain, segments } = await make.chain();
    await db.insertInto('zone_chain').values({ zone_id: zone.id, chain_id: chain.id }).execute();
    const officer = await make.user({ role: 'OFFICER', zoneId: zone.id });
    const admin = await make.user({ role: 'ADMIN' });
    const firm = await db
      .insertInto('firm')
      .values({ name: '示例坏输入企业', zone_id: zone.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lead = await db
      .insertInto('lead')
      .values({ zone_id: zone.id, firm_id: firm.id, title: '坏输入线索', owner_id: officer.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const project = await make.project({ zoneId: zone.id, firmId: firm.id });
    cookie = await signIn(app, admin.email, TEST_PASSWORD);
    const token = await graphql<{ createApiToken: { apiToken: { id: string } } }>(
      app,
      'mutation { createApiToken(input: { name: "probe" }) { apiToken { id } } }',
      { cookie },
    );
    ids = {
      zone: zone.id,
      chain: chain.id,
      segment: segments.vehicle.id,
      firm: firm.id,
      lead: lead.id,
      project: project.id,
      apiToken: Number(token.data?.createApiToken.apiToken.id),
      user: officer.id,
    };
  });
  afterAll(() => database.close());

  /** What makes an answer a failure of this suite, or undefined when it is acceptable. */
  function problemWith(result: GraphQLResult): string | undefined {
    if (result.status >= 500) return `HTTP ${result.status}`;
    for (const error of result.errors ?? []) {
      if (error.extensions?.code === 'INTERNAL') return 'INTERNAL';
      if (/select |insert |update |delete from|at \w+ \(|node_modules/i.test(error.message)) {
        return `leaks internals: ${error.message}`;
      }
    }
    return undefined;
  }

  const schema = apiSchema();
  const roots = [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ['query', f] as const),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => ['mutation', f] as const),
  ];

  it.each(roots.map(([kind, field]) => [`${kind} ${field.name}`, kind, field] as const))(
    '%s: every argument, every bad value, answers with a code',
    async (_name, kind, field: GraphQLField<unknown, unknown>) => {
      const failures: string[] = [];
      for (const slot of argumentSlots(field)) {
        const values =
          BAD_VALUES[slot.typeName] ?? (isEnumType(schema.getType(slot.typeName)) ? [ENUM_BAD_VALUE] : []);
        for (const value of values) {
          const operation = operationWithValue(kind, field, ids, slot.path, value);
          const result = await graphql(app, operation, { cookie });
          const problem = problemWith(result);
          if (problem) failures.push(`${slot.path} = ${value.slice(0, 40)}: ${problem}`);
        }
      }
      expect(failures).toEqual([]);
    },
    60_000,
  );

  it('treats SQL wildcards and quotes in every search argument as text', async () => {
    const searches = roots.filter(([, field]) =>
      argumentSlots(field).some((s) => /(^|\.)search$/.test(s.path)),
    );
    expect(searches.length).toBeGreaterThan(0);
    for (const [kind, field] of searches) {
      const slot = argumentSlots(field).find((s) => /(^|\.)search$/.test(s.path));
      for (const text of ['%', '_', "' OR '1'='1", '\\']) {
        const operation = operationWithValue(kind, field, ids, slot?.path ?? 'search', JSON.stringify(text));
        const result = await graphql<Record<string, { totalCount?: number } | unknown[] | null>>(
          app,
          operation,
          {
            cookie,
          },
        );
        expect(problemWith(result), operation).toBeUndefined();
        // Nothing in the data contains these characters: a search that matched anything ran them as a pattern.
        const answer = result.data?.[field.name];
        const found = Array.isArray(answer)
          ? answer.length
          : (answer as { totalCount?: number } | null)?.totalCount;
        if (found !== undefined) expect(found, operation).toBe(0);
      }
    }
  });

  it('answers malformed requests with 4xx, not a crash', async () => {
    const post = (body: string, contentType = 'application/json') =>
      app.request('/graphql', { method: 'POST', headers: { 'content-type': contentType, cookie }, body });
    expect((await post('{"query": ')).status).toBe(400);
    expect((await post('{"query": 42}')).status).toBe(400);
    // A syntax error is a GraphQL error (HTTP 200 under plain application/json, per GraphQL over HTTP).
    const syntax = await post(JSON.stringify({ query: '{ me { id ' }));
    expect(syntax.status).toBeLessThan(500);
    expect(JSON.stringify(await syntax.json())).toContain('GRAPHQL_PARSE_FAILED');
    expect((await post(JSON.stringify({ query: '{ me { id } }', variables: 'nope' }))).status).toBe(400);
    expect((await post('query=%7B%20me%20%7B%20id%20%7D%20%7D', 'text/plain')).status).toBeGreaterThanOrEqual(
      400,
    );
    // A mutation over GET would let a link change data.
    const get = await app.request(
      `/graphql?query=${encodeURIComponent('mutation { deleteLeadView(id: "1") }')}`,
      {
        headers: { cookie, 'x-graphql-yoga-csrf': '1' },
      },
    );
    expect(get.status).toBeGreaterThanOrEqual(400);
    expect(get.status).toBeLessThan(500);
  });

  it('refuses a wide query of many fields and a directive flood', async () => {
    const wide = `{ ${Array.from({ length: 3000 }, () => 'me { id }').join(' ')} }`;
    const wideResult = await graphql(app, wide, { cookie });
    expect(wideResult.errors?.length).toBeGreaterThan(0);
    expect(wideResult.data ?? null).toBeNull();
    const directives = `{ me ${Array.from({ length: 200 }, () => '@include(if: true)').join(' ')} { id } }`;
    const directiveResult = await graphql(app, directives, { cookie });
    expect(directiveResult.errors?.length).toBeGreaterThan(0);
  });

  it('refuses an oversized body also when it is sent chunked, without a length', async () => {
    const chunk = new TextEncoder().encode(
      `{"query":"{ me { id } }","variables":{"pad":"${'x'.repeat(64 * 1024)}`,
    );
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else {
          controller.enqueue(new TextEncoder().encode('"}}'));
          controller.close();
        }
      },
    });
    const response = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('refuses forged, malformed and revoked credentials alike', async () => {
    const me = (headers: Record<string, string>) =>
      app.request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
    const hostile: Record<string, string>[] = [
      { authorization: 'Bearer lzt_forged' },
      { authorization: 'Bearer ' },
      { authorization: 'Basic YWRtaW46YWRtaW4=' },
      { authorization: `Bearer ${'x'.repeat(5000)}` },
      { cookie: 'lz_session=lzs_forged' },
      { cookie: `lz_session=${'%'.repeat(100)}` },
    ];
    for (const headers of hostile) {
      const response = await me(headers);
      expect(response.status, JSON.stringify(headers).slice(0, 60)).toBe(401);
    }
    const created = await graphql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
      app,
      'mutation { createApiToken(input: { name: "to revoke" }) { token apiToken { id } } }',
      { cookie },
    );
    const { token, apiToken } = created.data!.createApiToken;
    expect((await me({ authorization: `Bearer ${token}` })).status).toBe(200);
    await graphql(app, `mutation { revokeApiToken(id: "${apiToken.id}") { id } }`, { cookie });
    expect((await me({ authorization: `Bearer ${token}` })).status).toBe(401);
  });
});

describe('the web app renders user text as text', () => {
  it('has no {@html} and no innerHTML anywhere in its source', () => {
    const root = new URL('../../web/src/', import.meta.url).pathname;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts')) {
          if (/\{@html|\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/.test(readFileSync(path, 'utf8'))) {
            offenders.push(path);
          }
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
