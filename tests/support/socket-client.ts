import type { GraphQLResult } from './http-client';

/**
 * The client side of tests that talk to a real server over a socket (`startServer`), where
 * `http-client.ts` calls an app in-process. `baseUrl` is the server's `url`.
 */

/** Posts a GraphQL operation to `<baseUrl>/graphql`, as the browser (cookie) would. */
export async function graphqlAt<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  options: { variables?: Record<string, unknown>; cookie?: string } = {},
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
}

/** `POST /auth/login`: the status, the error code when refused, and the cookie pair when accepted. */
export async function signInAt(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ status: number; cookie: string | null; code: string | null }> {
  const response = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { error?: { code?: string } };
  const pair = response.headers.get('set-cookie')?.split(';')[0];
  return {
    status: response.status,
    cookie: response.ok && pair ? pair : null,
    code: body.error?.code ?? null,
  };
}

/** Signs in and returns the cookie pair, failing the test when the server refuses. */
export async function cookieAt(baseUrl: string, email: string, password: string): Promise<string> {
  const result = await signInAt(baseUrl, email, password);
  if (!result.cookie) throw new Error(`sign-in at ${baseUrl} failed: ${result.status} ${result.code}`);
  return result.cookie;
}

/** `POST /auth/logout` with the cookie; returns the status (204). */
export async function signOutAt(baseUrl: string, cookie: string): Promise<number> {
  const response = await fetch(`${baseUrl}/auth/logout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: '{}',
  });
  return response.status;
}

/** Uploads a CSV to `POST /imports/<kind>` and commits it (not a dry run), as the import page does. */
export async function importCsvAt(
  baseUrl: string,
  kind: 'firms' | 'supplies',
  csv: string,
  options: { cookie: string; zoneId: number },
): Promise<{ status: number; body: { counts?: Record<string, number>; errors?: unknown[] } }> {
  const params = new URLSearchParams({
    zoneId: String(options.zoneId),
    dryRun: 'false',
    fileName: `${kind}.csv`,
  });
  const response = await fetch(`${baseUrl}/imports/${kind}?${params}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie: options.cookie },
    body: csv,
  });
  return { status: response.status, body: (await response.json()) as { counts?: Record<string, number> } };
}
