import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

describe(`GraphQL operation limits (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    cookie = await signIn(app, (await make.user({ role: 'ADMIN' })).email, TEST_PASSWORD);
  });
  afterAll(() => database.close());

  const deep = (depth: number) => {
    let selection = 'id';
    for (let i = 0; i < depth; i++) selection = `chain { segments { ${selection} } }`;
    return `{ chains { segments { ${selection} } } }`;
  };

  it('rejects a query nested too deep, also when the operation is named __schema', async () => {
    for (const query of [deep(8), `query __schema ${deep(8)}`]) {
      const result = await graphql(app, query, { cookie });
      expect(result.errors?.[0]?.message).toMatch(/depth/i);
      expect(result.data ?? null).toBeNull();
    }
    expect((await graphql(app, deep(2), { cookie })).errors).toBeUndefined();
  });

  it('rejects an alias flood', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: me { id }`).join(' ');
    const result = await graphql(app, `{ ${aliases} }`, { cookie });
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('keeps introspection and field suggestions off in production', async () => {
    const introspection = await graphql(app, '{ __schema { types { name } } }', { cookie });
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await graphql(app, '{ zonez { id } }', { cookie });
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
  });

  it('refuses batched operations and oversized bodies', async () => {
    const batch = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batch.status).toBeGreaterThanOrEqual(400);
    const big = await app.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(300 * 1024) } }),
    });
    expect(big.status).toBe(413);
  });

  it('refuses a cross-site form post to /auth/login', async () => {
    const response = await app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
      body: 'email=a@b.c&password=x',
    });
    expect(response.status).toBe(403);
  });
});
