import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

const CREATE = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name prefix scope revokedAt } }
}`;
type Created = { createApiToken: { token: string; apiToken: { id: string; prefix: string; scope: string } } };

describe(`API tokens (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let managerCookie: string;
  let analystCookie: string;
  let managerEmail: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    const zone = await make.zone();
    const manager = await make.user({ role: 'ZONE_MANAGER', zoneId: zone.id });
    const analyst = await make.user({ role: 'ANALYST' });
    managerEmail = manager.email;
    managerCookie = await signIn(app, manager.email, TEST_PASSWORD);
    analystCookie = await signIn(app, analyst.email, TEST_PASSWORD);
  });
  afterAll(() => database.close());

  it('shows the secret once, stores only its hash, and lets a script act as the owner', async () => {
    const created = await graphql<Created>(app, CREATE, {
      cookie: managerCookie,
      variables: { input: { name: '分析脚本' } },
    });
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^lzt_[\w-]{43}$/);
    expect(apiToken).toMatchObject({ scope: 'READ', prefix: token.slice(0, 10) });

    const stored = await database.db
      .selectFrom('api_token')
      .selectAll()
      .where('id', '=', Number(apiToken.id))
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4));
    expect(JSON.stringify(stored)).not.toContain(token);

    const me = await graphql<{ me: { email: string } }>(app, '{ me { email } }', { token });
    expect(me.data?.me.email).toBe(managerEmail);
    const listed = await graphql<{ apiTokens: { prefix: string }[] }>(app, '{ apiTokens { prefix } }', {
      cookie: managerCookie,
    });
    expect(listed.data?.apiTokens.map((t) => t.prefix)).toContain(apiToken.prefix);
  });

  it('keeps a read-only token from running mutations', async () => {
    const created = await graphql<Created>(app, CREATE, {
      cookie: managerCookie,
      variables: { input: { name: 'read only' } },
    });
    const token = created.data!.createApiToken.token;
    const result = await graphql(app, 'mutation { updateMyPreferences(input: { locale: EN }) { locale } }', {
      token,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const user = await database.db
      .selectFrom('app_user')
      .select('locale')
      .where('email', '=', managerEmail)
      .executeTakeFirstOrThrow();
    expect(user.locale).toBe('zh-CN');
  });

  it('refuses a token that creates tokens', async () => {
    const created = await graphql<Created>(app, CREATE, {
      cookie: managerCookie,
      variables: { input: { name: 'writer', scope: 'READ_WRITE' } },
    });
    const token = created.data!.createApiToken.token;
    const result = await graphql(app, CREATE, { token, variables: { input: { name: 'child' } } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives analysts read-only tokens only', async () => {
    const result = await graphql(app, CREATE, {
      cookie: analystCookie,
      variables: { input: { name: 'x', scope: 'READ_WRITE' } },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await database.db.selectFrom('api_token').select('id').where('name', '=', 'x').execute()).toEqual(
      [],
    );
  });

  it('validates the name and the expiry', async () => {
    for (const input of [
      { name: '  ' },
      { name: 'a', expiresInDays: 0 },
      { name: 'b', expiresInDays: 99999 },
    ]) {
      const result = await graphql(app, CREATE, { cookie: managerCookie, variables: { input } });
      expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    }
  });

  it('stops a revoked or expired token from working', async () => {
    const created = await graphql<Created>(app, CREATE, {
      cookie: managerCookie,
      variables: { input: { name: 'temp' } },
    });
    const { token, apiToken } = created.data!.createApiToken;
    const revoked = await graphql<{ revokeApiToken: { revokedAt: string } }>(
      app,
      'mutation ($id: ID!) { revokeApiToken(id: $id) { revokedAt } }',
      { cookie: managerCookie, variables: { id: apiToken.id } },
    );
    expect(revoked.data?.revokeApiToken.revokedAt).toBeTruthy();
    expect((await graphql(app, '{ me { id } }', { token })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const second = await graphql<Created>(app, CREATE, {
      cookie: managerCookie,
      variables: { input: { name: 'short', expiresInDays: 1 } },
    });
    const expiring = second.data!.createApiToken;
    await database.db
      .updateTable('api_token')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', Number(expiring.apiToken.id))
      .execute();
    expect(
      (await graphql(app, '{ me { id } }', { token: expiring.token })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it("cannot revoke another user's token", async () => {
    const created = await graphql<Created>(app, CREATE, {
      cookie: managerCookie,
      variables: { input: { name: 'mine' } },
    });
    const result = await graphql(app, 'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }', {
      cookie: analystCookie,
      variables: { id: created.data!.createApiToken.apiToken.id },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const row = await database.db
      .selectFrom('api_token')
      .select('revoked_at')
      .where('id', '=', Number(created.data!.createApiToken.apiToken.id))
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });
});
