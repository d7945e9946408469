import type { Kysely } from 'kysely';
import type { Viewer } from './auth/viewer';
import type { Config } from './config';
import type { Database } from './db/schema';
import type { Logger } from './logger';

/** What every service call gets: the database, who is asking, and where to log. */
export interface ServiceContext {
  db: Kysely<Database>;
  viewer: Viewer | null;
  log: Logger;
  config: Config;
}
