import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

const run = promisify(execFile);

/** Where the data lives: a PostgreSQL server, or the embedded database's folder. */
export interface BackupTarget {
  databaseUrl: string | undefined;
  dataDir: string;
}

export interface BackupResult {
  kind: 'postgres' | 'pglite';
  file: string;
  bytes: number;
}

/** The file name a backup gets by default: the kind and the time, so backups sort and never collide. */
export function defaultBackupName(target: BackupTarget, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return target.databaseUrl ? `lianzhao-${stamp}.dump` : `lianzhao-${stamp}.tar.gz`;
}

/**
 * Backs up the whole database into `file`: `pg_dump --format=custom` for a server (consistent while the
 * app runs), PGlite's own dump of its folder (a gzipped tar) for the embedded database, which must not be
 * in use by a running app at the time (PGlite is single-process).
 */
export async function backupDatabase(target: BackupTarget, file: string): Promise<BackupResult> {
  mkdirSync(dirname(file), { recursive: true });
  if (target.databaseUrl) {
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${file}`,
      target.databaseUrl,
    ]);
    return { kind: 'postgres', file, bytes: statSync(file).size };
  }
  if (!isNonEmptyDir(target.dataDir)) throw new Error(`no embedded database in ${target.dataDir}`);
  const pglite = await PGlite.create({ dataDir: target.dataDir, extensions: { pg_trgm } });
  try {
    const dump = await pglite.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
  return { kind: 'pglite', file, bytes: statSync(file).size };
}

/**
 * Restores a backup made by `backupDatabase`. Nothing is lost on the way: on a server pg_restore runs in
 * one transaction (a failure leaves the database as it was); for the embedded database the current
 * folder is kept, renamed `<folder>.before-restore-<time>`, and the backup is unpacked in its place.
 * Returns that kept folder, if any.
 */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<{ keptFolder?: string }> {
  if (!existsSync(file)) throw new Error(`no backup file ${file}`);
  if (target.databaseUrl) {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${target.databaseUrl}`,
      file,
    ]);
    return {};
  }
  let keptFolder: string | undefined;
  if (isNonEmptyDir(target.dataDir)) {
    keptFolder = `${target.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target.dataDir, keptFolder);
  }
  mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: target.dataDir,
    extensions: { pg_trgm },
    loadDataDir: new Blob([readFileSync(file)]),
  });
  await pglite.close();
  return keptFolder ? { keptFolder } : {};
}

function isNonEmptyDir(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}
