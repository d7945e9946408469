// The API package's public surface, for the integration tests and the command-line tools.

export { hashPassword } from './auth/password';
export { SESSION_COOKIE } from './auth/session-cookie';
export { backupDatabase, restoreDatabase } from './backup/backup';
export { type Config, loadConfig } from './config';
export { type DatabaseHandle, openDatabase } from './db/database';
export { migrateAllDown, migrateDown, migrateToLatest } from './db/migrate';
export type { Database } from './db/schema';
export * as digests from './digests';
export { firmNameInitials } from './firms/firm-initials';
export { fillMissingFirmInitials } from './firms/firm-initials-backfill';
export { typeDefs } from './graphql/type-defs';
export { createApp } from './http/app';
export { createLogger } from './logger';
export { backfillSnapshots, takeWeeklySnapshots } from './metrics/snapshots';
export { demoReferenceDate, seedDemoData } from './seed/demo';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
export { startServer } from './server';
