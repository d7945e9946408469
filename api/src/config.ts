import { resolve } from 'node:path';

/** Everything the server reads from the environment, in one place (documented in the README). */
export interface Config {
  port: number;
  /** Folder of the embedded database and of the mail outbox. */
  dataDir: string;
  /** A PostgreSQL URL; when unset the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  /** Base URL of the web app, for links in emails. */
  publicUrl: string;
  /** `production` masks errors and turns introspection off; `development` shows more. */
  nodeEnv: 'production' | 'development' | 'test';
  /** Seed demo data into an empty embedded database on first start. */
  seedDemo: boolean;
  sessionTtlHours: number;
  /** Folder of the built web app served at `/`. */
  webDist: string;
  /** When weekly digests go out: a cron pattern read in Asia/Shanghai time; 'off' disables the scheduler. */
  digestCron: string;
}

function toNodeEnv(value: string | undefined): Config['nodeEnv'] {
  return value === 'development' || value === 'test' ? value : 'production';
}

/**
 * Reads the configuration from environment variables, with the defaults a fresh clone needs.
 *
 * @example
 * const config = loadConfig({ PORT: '4000' });
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port number: ${env.PORT}`);
  const sessionTtlHours = Number(env.SESSION_TTL_HOURS ?? 24 * 7);
  if (!(sessionTtlHours > 0)) throw new Error(`SESSION_TTL_HOURS must be positive: ${env.SESSION_TTL_HOURS}`);
  return {
    port,
    // Relative to where the command was typed (pnpm runs scripts inside api/ and keeps it in INIT_CWD).
    dataDir: resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Lianzhao <no-reply@lianzhao.local>',
    logLevel: env.LOG_LEVEL ?? 'info',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    nodeEnv: toNodeEnv(env.NODE_ENV),
    seedDemo: env.SEED_DEMO !== 'false',
    sessionTtlHours,
    webDist: resolve(env.WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    digestCron: env.DIGEST_CRON || '0 8 * * 1',
  };
}
