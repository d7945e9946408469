import type { IncomingMessage } from 'node:http';
import type { Context, Handler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { createGraphQLHandler } from '../graphql/yoga';
import type { AppEnv } from './app-env';

/** GraphQL bodies are small JSON documents; the limit also counts chunked bodies as they stream in. */
export const GRAPHQL_BODY_LIMIT = 256 * 1024;

type Yoga = ReturnType<typeof createGraphQLHandler>;

class BodyTooLarge extends Error {}

/**
 * Hands a `/graphql` request to Yoga without the costly bridge between the two. Passing hono's
 * `c.req.raw` to `yoga.fetch` made Node build a full WHATWG Request (an AbortSignal, the body as a
 * web stream) and hono re-read Yoga's answer as a web stream: the profile put ~45% of a request
 * there. Here the body is read once into a string (with the size limit), Yoga gets a request of its
 * own fetch implementation, whose string body it reads without streams, and its JSON answer goes
 * back as a plain string, so every hono middleware (logger, secure headers) still sees the response.
 */
export function graphqlRoute(yoga: Yoga): Handler<AppEnv> {
  // handleRequest rather than fetch: fetch would race the answer against the request's abort
  // signal, creating that signal and its listener on every request, for a request nothing aborts.
  // Taken once: Yoga's adapter binds a fresh function on every property read.
  const handleRequest = yoga.handleRequest;
  return async function graphql(c) {
    let body: string | undefined;
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      try {
        body = await readBody(c, GRAPHQL_BODY_LIMIT);
      } catch (error) {
        if (error instanceof BodyTooLarge) return bodyTooLarge(c);
        throw error;
      }
    }
    const request = new yoga.fetchAPI.Request(c.req.url, {
      method: c.req.method,
      headers: c.req.raw.headers,
      body: body || undefined,
    });
    const response = await handleRequest(request, c.var.services);
    // Streamed answers (server-sent events, multipart) are passed on as they are.
    if (!/json/.test(response.headers.get('content-type') ?? '')) return response;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return c.body(await response.text(), response.status as ContentfulStatusCode, headers);
  };
}

/** The answer hono's `bodyLimit` gives elsewhere (see app.ts), so /graphql and /auth agree. */
export function bodyTooLarge(c: Context<AppEnv>) {
  return c.json({ error: { code: 'VALIDATION', message: 'Request body too large' } }, 413);
}

/**
 * The request body as text, or BodyTooLarge as soon as it passes `limit` bytes (a declared
 * Content-Length is checked before reading). Under @hono/node-server it reads the Node request
 * directly; in-process (`app.request()` in tests) it reads the WHATWG body stream.
 */
async function readBody(c: Context<AppEnv>, limit: number): Promise<string> {
  const declared = c.req.header('content-length');
  if (declared !== undefined && !c.req.header('transfer-encoding') && Number(declared) > limit) {
    throw new BodyTooLarge();
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const add = (chunk: Uint8Array) => {
    size += chunk.byteLength;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk);
  };
  if (incoming && !incoming.readableDidRead) {
    await readNodeBody(incoming, add);
  } else {
    const stream = c.req.raw.body;
    if (!stream) return '';
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        add(value);
      }
    } finally {
      reader.releaseLock();
    }
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/**
 * Reads a Node request with listeners rather than `for await`, whose early exit would destroy the
 * socket before the 413 answer is written.
 */
function readNodeBody(incoming: IncomingMessage, add: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      try {
        add(chunk);
      } catch (error) {
        cleanup();
        // Stop reading; the rest is discarded so the connection can still carry the answer.
        incoming.resume();
        reject(error);
      }
    };
    const onEnd = () => {
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      if (incoming.readableEnded) resolve();
      else reject(new Error('Client closed the connection before the body ended'));
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}
