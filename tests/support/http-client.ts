import { type createApp, createLogger, loadConfig } from '@lianzhao/api';

type App = ReturnType<typeof createApp>;

/** Configuration for in-process tests: quiet logs, production error masking. */
export function testConfig(overrides: Record<string, string> = {}) {
  return loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATA_DIR: '/tmp/lz-unused',
    ...overrides,
  });
}
export const silentLog = createLogger('silent');

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; details?: unknown } }[];
}

/** Posts a GraphQL operation in-process, as the browser (cookie) or a script (bearer token) would. */
export async function graphql<T = Record<string, unknown>>(
  app: App,
  query: string,
  options: { variables?: Record<string, unknown>; cookie?: string; token?: string } = {},
): Promise<GraphQLResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await app.request('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
}

/** Signs in through `POST /auth/login` and returns the `cookie` header value to send back. */
export async function signIn(app: App, email: string, password: string): Promise<string> {
  const response = await app.request('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const pair = setCookie.split(';')[0];
  if (!pair) throw new Error('no session cookie');
  return pair;
}
