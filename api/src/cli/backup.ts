// `pnpm backup [--out FILE]` writes a backup of the configured database (DATABASE_URL, or the embedded
// one in DATA_DIR: stop the app first); `pnpm restore FILE` puts one back. See README "Backups".
import { join, resolve } from 'node:path';
import { backupDatabase, defaultBackupName, restoreDatabase } from '../backup/backup';
import { loadConfig } from '../config';

const config = loadConfig();
const [command, ...args] = process.argv.slice(2);
const target = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
const cwd = process.env.INIT_CWD ?? process.cwd();

try {
  if (command === 'backup') {
    const outIndex = args.indexOf('--out');
    const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
    const file = resolve(cwd, out ?? join('backups', defaultBackupName(target)));
    const result = await backupDatabase(target, file);
    console.log(`backed up the ${result.kind} database to ${result.file} (${result.bytes} bytes)`);
  } else if (command === 'restore' && args[0]) {
    const file = resolve(cwd, args[0]);
    const { keptFolder } = await restoreDatabase(target, file);
    console.log(`restored ${file}`);
    if (keptFolder) console.log(`the previous embedded database is kept in ${keptFolder}`);
  } else {
    console.error('usage: pnpm backup [--out FILE] | pnpm restore FILE');
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
