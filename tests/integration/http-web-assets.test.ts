import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createApp, type DatabaseHandle } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog, testConfig } from '../support/http-client';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';

/**
 * The web app's files: hashed `/assets/*` compressed and cached for a year, the HTML shell
 * revalidated. A small build of our own in a temporary folder, so the test needs no `vite build`.
 */
describe(`HTTP: the web app's static files (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let dist: string;
  const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"row ${i}"`).join(',')}];\n`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'lz-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><title>链招</title><script src="/assets/index-AbC123.js"></script>',
    );
    writeFileSync(join(dist, 'assets', 'index-AbC123.js'), script);
    writeFileSync(join(dist, 'assets', 'tiny-Zz9.css'), 'a{color:red}');
    database = await createTestDatabase();
    app = createApp({ db: database.db, config: testConfig({ WEB_DIST: dist }), log: silentLog });
  });
  afterAll(async () => {
    await database.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves a hashed asset brotli- or gzip-compressed, as the client accepts, cached for a year', async () => {
    const br = await app.request('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(script.length);
    expect(brotliDecompressSync(brBytes).toString()).toBe(script);

    const gzip = await app.request('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);

    const plain = await app.request('/assets/index-AbC123.js', { headers: { 'accept-encoding': 'br;q=0' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await plain.text()).toBe(script);
  });

  it('sends a small asset as it is, and answers 404 for a missing or escaping asset path', async () => {
    const tiny = await app.request('/assets/tiny-Zz9.css', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(tiny.status).toBe(200);
    expect(tiny.headers.get('content-encoding')).toBeNull();
    expect(await tiny.text()).toBe('a{color:red}');
    expect((await app.request('/assets/old-123.js')).status).toBe(404);
    expect((await app.request('/assets/..%2Findex.html')).status).toBe(404);
  });

  it('serves the HTML shell with no-cache, for deep links too', async () => {
    for (const path of ['/', '/index.html', '/chains/3']) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('/assets/index-AbC123.js');
    }
  });
});
