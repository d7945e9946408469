// `pnpm import <firms|supplies|leads|projects> <file> --zone <code or id> [--dry-run] [--as <email>]`
// imports a CSV or XLSX file into the configured database, printing progress, then the report.
// It runs with the rights of an administrator (whoever can run it can reach the database anyway);
// `--as` records a user as the importer in the history.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Viewer } from '../auth/viewer';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { AppError } from '../errors';
import { type ImportReport, runImport } from '../imports/import.service';
import { parseImportKind } from '../imports/import-kinds';
import { createLogger } from '../logger';

const USAGE =
  'Usage: pnpm import <firms|supplies|leads|projects> <file> --zone <code or id> [--dry-run] [--as <email>]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    zone: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    as: { type: 'string' },
  },
});
const [kindText, file] = positionals;
if (!kindText || !file || !values.zone) {
  console.error(USAGE);
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(database.db);
  const db = database.db;
  const zoneText = values.zone;
  const zone = await db
    .selectFrom('zone')
    .select(['id', 'name'])
    .where((eb) =>
      /^\d+$/.test(zoneText)
        ? eb.or([eb('code', '=', zoneText), eb('id', '=', Number(zoneText))])
        : eb('code', '=', zoneText),
    )
    .executeTakeFirst();
  if (!zone) throw new AppError('NOT_FOUND', `No zone with code or id ${zoneText}`);
  let userId = 0;
  if (values.as) {
    const user = await db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', values.as)
      .executeTakeFirst();
    if (!user) throw new AppError('NOT_FOUND', `No user ${values.as}`);
    userId = user.id;
  }
  const viewer: Viewer = {
    userId,
    role: 'ADMIN',
    zoneId: null,
    zoneIds: 'ALL',
    via: 'API_TOKEN',
    scope: 'READ_WRITE',
  };
  const started = performance.now();
  const report = await runImport(
    { db, viewer, log: createLogger('warn'), config },
    {
      kind: parseImportKind(kindText),
      zoneId: zone.id,
      fileName: basename(file),
      bytes: new Uint8Array(readFileSync(file)),
      dryRun: values['dry-run'] ?? false,
      onProgress: ({ phase, done, total }) =>
        process.stderr.write(
          `\r${phase.toLowerCase().padEnd(5)} ${done}/${total} rows (${Math.round((done / Math.max(total, 1)) * 100)}%)   `,
        ),
    },
  );
  process.stderr.write('\n');
  printReport(report, zone.name, Math.round(performance.now() - started));
  if (report.errorCount > 0) process.exitCode = 1;
} catch (error) {
  process.stderr.write('\n');
  if (error instanceof AppError) {
    console.error(`${error.code}: ${error.message}`);
    const details = error.details as
      | { errors?: { row: number; column: string; value: string; reason: string }[] }
      | undefined;
    for (const e of details?.errors ?? [])
      console.error(`  row ${e.row}, ${e.column} "${e.value}": ${e.reason}`);
  } else console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
}

function printReport(report: ImportReport, zoneName: string, ms: number): void {
  const c = report.counts;
  console.log(
    `${report.dryRun ? 'Dry run' : `Imported (batch ${report.batchId})`}: ${report.fileName} into ${zoneName}, ` +
      `${report.format}${report.encoding ? ` ${report.encoding}` : ''}, ${report.rowCount} rows in ${ms} ms`,
  );
  console.log(
    `  ${report.dryRun ? 'would create' : 'created'} ${c.create}, ${report.dryRun ? 'would update' : 'updated'} ${c.update}, unchanged ${c.unchanged}, rows with errors ${c.invalid}` +
      (c.firmsCreated ? `, new firms ${c.firmsCreated}` : ''),
  );
  const ignored = report.columns.filter((col) => col.field === null).map((col) => col.header);
  if (ignored.length) console.log(`  columns ignored: ${ignored.join(', ')}`);
  for (const e of report.errors.slice(0, 50))
    console.log(`  row ${e.row}, ${e.column} "${e.value}": ${e.reason}`);
  if (report.errorCount > 50) console.log(`  ... and ${report.errorCount - 50} more errors`);
  for (const d of report.duplicates.slice(0, 20)) {
    const other = d.otherRow !== null ? `row ${d.otherRow}` : `firm #${d.firmId} ${d.firmName}`;
    console.log(
      `  possible duplicate: row ${d.row} ${d.name} ~ ${other} (${d.by}${d.similarity !== null ? ` ${d.similarity}` : ''})`,
    );
  }
}
