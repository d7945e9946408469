import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

describe(`auth over HTTP (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let officerEmail: string;
  let otherEmail: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig(), log: silentLog });
    const make = createFactories(database.db);
    const zone = await make.zone();
    officerEmail = (await make.user({ role: 'OFFICER', zoneId: zone.id })).email;
    otherEmail = (await make.user({ role: 'OFFICER', zoneId: zone.id })).email;
  });
  afterAll(() => database.close());

  const login = (body: unknown) =>
    app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const sessionCount = async () =>
    Number(
      (
        await database.db
          .selectFrom('session')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('signs in with the right password: an HttpOnly, SameSite=Lax session cookie and the user', async () => {
    const response = await login({ email: officerEmail, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lz_session=lzs_[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure is set under https
    const body = await response.json();
    expect(body.user).toMatchObject({ email: officerEmail, role: 'OFFICER', locale: 'ZH_CN' });
    expect(JSON.stringify(body)).not.toContain('password');
  });

  it('sets Secure behind a trusted TLS-ending proxy (X-Forwarded-Proto), and ignores the header otherwise', async () => {
    const viaProxy = () =>
      app.request('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ email: officerEmail, password: TEST_PASSWORD }),
      });
    const untrusted = await viaProxy();
    expect(untrusted.headers.get('set-cookie')).not.toMatch(/Secure/i);
    process.env.TRUST_PROXY = '1';
    try {
      const trusted = await viaProxy();
      expect(trusted.status).toBe(200);
      expect(trusted.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it('treats the email case-insensitively', async () => {
    const response = await login({ email: `  ${officerEmail.toUpperCase()} `, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
  });

  it('answers a wrong password and an unknown email alike, and opens no session', async () => {
    const before = await sessionCount();
    const wrong = await login({ email: officerEmail, password: 'wrong password' });
    const unknown = await login({ email: 'nobody@test.example', password: 'wrong password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password' } });
    expect(b).toEqual(a);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await sessionCount()).toBe(before);
  });

  it('rejects a malformed body with VALIDATION', async () => {
    for (const body of ['not json', { email: officerEmail }, { email: 3, password: 'x' }, {}]) {
      const response = await login(body);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('VALIDATION');
    }
  });

  it('ends the session on logout: the same cookie is then UNAUTHENTICATED', async () => {
    const cookie = await signIn(app, officerEmail, TEST_PASSWORD);
    expect((await graphql(app, '{ me { email } }', { cookie })).data).toEqual({
      me: { email: officerEmail },
    });
    // As the browser sends it: same-origin, so the Origin check lets it through.
    const out = await app.request('/auth/logout', {
      method: 'POST',
      headers: { cookie, origin: 'http://localhost' },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/lz_session=;/);
    const after = await graphql(app, '{ me { email } }', { cookie });
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out everywhere: every session of the user ends, other users keep theirs', async () => {
    const laptop = await signIn(app, officerEmail, TEST_PASSWORD);
    const phone = await signIn(app, officerEmail, TEST_PASSWORD);
    const other = await signIn(app, otherEmail, TEST_PASSWORD);
    const out = await app.request('/auth/logout-everywhere', {
      method: 'POST',
      headers: { cookie: laptop, origin: 'http://localhost' },
    });
    expect(out.status).toBe(200);
    expect(((await out.json()) as { ended: number }).ended).toBeGreaterThanOrEqual(2);
    expect(out.headers.get('set-cookie')).toMatch(/lz_session=;/);
    for (const cookie of [laptop, phone]) {
      expect((await graphql(app, '{ me { email } }', { cookie })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect((await graphql(app, '{ me { email } }', { cookie: other })).data).toEqual({
      me: { email: otherEmail },
    });

    const again = await app.request('/auth/logout-everywhere', {
      method: 'POST',
      headers: { cookie: laptop, origin: 'http://localhost' },
    });
    expect(again.status).toBe(401);
  });

  it('rotates the session on sign-in: a cookie held before it stops working', async () => {
    const planted = await signIn(app, officerEmail, TEST_PASSWORD);
    const response = await app.request('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: planted },
      body: JSON.stringify({ email: officerEmail, password: TEST_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const fresh = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(fresh).not.toBe(planted);
    expect((await graphql(app, '{ me { email } }', { cookie: planted })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await graphql(app, '{ me { email } }', { cookie: fresh })).data).toEqual({
      me: { email: officerEmail },
    });
  });

  it('refuses an expired session', async () => {
    const cookie = await signIn(app, officerEmail, TEST_PASSWORD);
    await database.db
      .updateTable('session')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const result = await graphql(app, '{ me { email } }', { cookie });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged session cookie', async () => {
    const result = await graphql(app, '{ me { email } }', { cookie: 'lz_session=lzs_forged' });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('throttles an account after repeated failures, and says so with RATE_LIMITED', async () => {
    const make = createFactories(database.db);
    const victim = await make.user({ role: 'OFFICER', zoneId: null });
    for (let i = 0; i < 10; i++) await login({ email: victim.email, password: `guess ${i}` });
    const blocked = await login({ email: victim.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).error.code).toBe('RATE_LIMITED');
  });
});
