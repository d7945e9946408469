import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const DIST = new URL('../../web/dist/', import.meta.url);

/**
 * The JavaScript a first visit loads, brotli-compressed (quality 11, as a build would precompress):
 * the entry scripts and modulepreloads of index.html, and the chunks they import statically. Chunks
 * imported with import() (a route or a chart library loaded on demand) are not counted.
 */
export function firstVisitJs(): { kb: number; files: string[]; entry: string } | null {
  if (!existsSync(new URL('index.html', DIST))) return null;
  try {
    return measureFirstVisitJs();
  } catch {
    // A web build running meanwhile removed a file: measure nothing rather than something half-built.
    return null;
  }
}

function measureFirstVisitJs(): { kb: number; files: string[]; entry: string } {
  const html = readFileSync(new URL('index.html', DIST), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  let bytes = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(new URL(file, DIST));
    bytes += brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    // Static imports only: `import"./x.js"` or `from"./x.js"`, not `import("./x.js")`.
    for (const m of code.toString('utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return { kb: bytes / 1024, files: [...seen], entry: [...seen][0]! };
}

/** Whether the server sends a built asset compressed and with a long cache lifetime. */
export async function assetHeaders(base: string, path: string) {
  try {
    const response = await fetch(`${base}/${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
    await response.arrayBuffer();
    const encoding = response.headers.get('content-encoding');
    const cacheControl = response.headers.get('cache-control') ?? '';
    const maxAge = Number(cacheControl.match(/max-age=(\d+)/)?.[1] ?? 0);
    return {
      status: response.status,
      encoding,
      cacheControl,
      ok: response.status === 200 && (encoding === 'br' || encoding === 'gzip') && maxAge >= 30 * 86_400,
    };
  } catch (error) {
    // A web build running meanwhile replaces the hashed files: that is no verdict on the server.
    return { status: 0, encoding: null, cacheControl: '', ok: false, error: String(error) };
  }
}
