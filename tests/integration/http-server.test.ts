import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, loadConfig, startServer } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories, TEST_PASSWORD } from '../support/factories';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../support/test-database';

/**
 * The GraphQL endpoint over a real socket. The other HTTP tests call `app.request()` in-process,
 * where no Node request exists; under @hono/node-server `/graphql` reads the Node request itself
 * (graphql-route.ts), so its rules are checked here too.
 */
describe(`HTTP server over a socket: /graphql rules (${TEST_DATABASE_KIND})`, () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let cleanup: () => Promise<void>;
  let cookie: string;

  beforeAll(async () => {
    const env = { PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'false' };
    const log = createLogger('silent');
    let database: TestDatabase | undefined;
    let dataDir: string | undefined;
    if (process.env.DATABASE_URL) {
      database = await createTestDatabase();
      server = await startServer(loadConfig({ ...env, DATABASE_URL: database.url ?? '' }), log);
    } else {
      dataDir = mkdtempSync(join(tmpdir(), 'lz-http-'));
      server = await startServer(loadConfig({ ...env, DATA_DIR: dataDir }), log);
    }
    cleanup = async () => {
      await server.close();
      await database?.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    };
    const make = createFactories(server.database.db);
    const zone = await make.zone();
    const user = await make.user({ role: 'OFFICER', zoneId: zone.id });
    const login = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
    });
    expect(login.status).toBe(200);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).not.toBe('');
  });
  afterAll(() => cleanup?.());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('answers a query of a signed-in user, through the request logger and secure headers', async () => {
    const response = await post(JSON.stringify({ query: '{ me { email role } }' }), { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const body = (await response.json()) as { data: { me: { role: string } } };
    expect(body.data.me.role).toBe('OFFICER');
  });

  it('answers 401 UNAUTHENTICATED to an anonymous request, and to an unknown token', async () => {
    for (const headers of [{}, { authorization: 'Bearer lzt_not-a-token' }] as Record<string, string>[]) {
      const response = await post(JSON.stringify({ query: '{ me { id } }' }), headers);
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses bodies over 256 KiB with 413, declared or chunked, signed in or not', async () => {
    const big = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(300 * 1024) } });
    expect((await post(big, { cookie })).status).toBe(413);
    for (const headers of [{ cookie }, {}] as Record<string, string>[]) {
      const chunked = await postChunked(`${server.url}/graphql`, big, headers);
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body)).toMatchObject({ error: { code: 'VALIDATION' } });
    }
    // A chunked body under the limit is read whole and answered.
    const small = await postChunked(
      `${server.url}/graphql`,
      JSON.stringify({ query: '{ me { role } }', variables: { pad: 'y'.repeat(100 * 1024) } }),
      { cookie },
    );
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toMatchObject({ data: { me: { role: 'OFFICER' } } });
  });

  it('answers GET queries only with the CSRF-prevention header, and masks errors', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ me { role } }')}`;
    const bare = await fetch(url, { headers: { cookie } });
    expect(bare.status).toBe(403);
    const withHeader = await fetch(url, { headers: { cookie, 'x-graphql-yoga-csrf': '1' } });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.json()).toMatchObject({ data: { me: { role: 'OFFICER' } } });
    // A form-like POST (no preflight in a browser) is refused the same way.
    const form = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(form.status).toBe(403);
    // Mutations are not run over GET.
    const mutation = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('mutation { markMyDaySeen { __typename } }')}`,
      { headers: { cookie, 'x-graphql-yoga-csrf': '1' } },
    );
    expect(mutation.status).toBe(405);
    // Broken JSON is a 400 with a GraphQL error, not a stack trace.
    const broken = await post('{"query": ', { cookie });
    expect(broken.status).toBe(400);
    expect(await broken.text()).not.toMatch(/at .*\.ts:\d+/);
  });
});

/** Posts `body` chunked (`Transfer-Encoding: chunked`, no Content-Length) in 16 KiB pieces. */
function postChunked(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...headers },
    });
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    // The server may answer 413 and stop reading before all chunks are written.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    const bytes = Buffer.from(body);
    for (let at = 0; at < bytes.length; at += 16 * 1024) request.write(bytes.subarray(at, at + 16 * 1024));
    request.end();
  });
}
