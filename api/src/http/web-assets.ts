import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import type { AppEnv } from './app-env';

/** Smaller files are sent as they are: compressing them saves nothing on the wire. */
const COMPRESS_FROM_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

interface Asset {
  type: string;
  raw: Buffer;
  gzip: Buffer | null;
  br: Buffer | null;
}

/**
 * The files vite writes to `dist/assets/`: their names carry a hash of their content, so they never
 * change and browsers may keep them for a year. Each is read and compressed (brotli and gzip) once,
 * on its first request, and then served from memory; the folder holds a few files of one build.
 */
export function webAssets(assetsDir: string) {
  const cache = new Map<string, Promise<Asset | null>>();
  return async function serveAsset(c: Context<AppEnv>, name: string): Promise<Response | null> {
    // Only plain file names: no sub-folders, no `..`.
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return null;
    let pending = cache.get(name);
    if (!pending) {
      pending = loadAsset(join(assetsDir, name));
      cache.set(name, pending);
      // A miss is not remembered: a newer build may add the file later.
      void pending.then((asset) => asset ?? cache.delete(name));
    }
    const asset = await pending;
    if (!asset) return null;
    const encoding = pickEncoding(c.req.header('accept-encoding'), asset);
    const body = (encoding === 'br' ? asset.br : encoding === 'gzip' ? asset.gzip : null) ?? asset.raw;
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'cache-control': 'public, max-age=31536000, immutable',
      'content-length': String(body.byteLength),
    };
    if (asset.gzip) headers.vary = 'Accept-Encoding';
    if (encoding) headers['content-encoding'] = encoding;
    // hono drops the body itself when answering HEAD.
    return c.body(body as Uint8Array<ArrayBuffer>, 200, headers);
  };
}

async function loadAsset(path: string): Promise<Asset | null> {
  let raw: Buffer;
  try {
    raw = await readFile(path);
  } catch {
    return null;
  }
  const type = getMimeType(path) ?? 'application/octet-stream';
  if (raw.byteLength < COMPRESS_FROM_BYTES || !COMPRESSIBLE.test(type)) {
    return { type, raw, gzip: null, br: null };
  }
  return {
    type,
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

/** brotli, else gzip, else none, by the client's Accept-Encoding (a `;q=0` refuses one). */
function pickEncoding(accept: string | undefined, asset: Asset): 'br' | 'gzip' | null {
  if (!accept || !asset.gzip) return null;
  const accepted = new Set<string>();
  for (const part of accept.toLowerCase().split(',')) {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    if (coding) accepted.add(coding.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}
