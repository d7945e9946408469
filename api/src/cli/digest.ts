// `pnpm digest --week 2026-W48 [--user EMAIL] [--dry-run]`: runs one week's digests by hand.
// A real run queues and sends exactly like the Monday job (a second run sends nothing new, and it
// retries the week's failures at once); --dry-run only composes and prints, writing nothing.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { findDigestRecipients, findUserForDigest } from '../digests/digest-recipient.repository';
import { composeDigest, runWeek } from '../digests/digest-runner';
import { createDigestTransport, outboxDir } from '../digests/digest-transport';
import { digestWeek } from '../digests/digest-week';
import { AppError } from '../errors';
import { createLogger } from '../logger';
import { demoReferenceDate, isDatabaseEmpty, seedDemoData } from '../seed/demo';

const USAGE = 'Usage: pnpm digest --week 2026-W48 [--user EMAIL] [--dry-run]';

let args: { week?: string | undefined; user?: string | undefined; 'dry-run'?: boolean | undefined };
try {
  args = parseArgs({
    options: { week: { type: 'string' }, user: { type: 'string' }, 'dry-run': { type: 'boolean' } },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!args.week) {
  console.error(USAGE);
  process.exit(2);
}

const config = loadConfig();
const log = createLogger(process.env.LOG_LEVEL ?? 'warn');
let week: ReturnType<typeof digestWeek>;
try {
  week = digestWeek(args.week);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(database.db);
  // Like the server's first start: an empty embedded database gets the demo data.
  if (database.kind === 'pglite' && config.seedDemo && (await isDatabaseEmpty(database.db))) {
    console.error(`Seeding demo data into the empty database at ${database.location}…`);
    await seedDemoData(database.db, { today: demoReferenceDate(new Date()) });
  }
  if (args['dry-run']) await dryRun();
  else await realRun();
} catch (error) {
  if (error instanceof AppError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}

/** Composes each digest and prints a per-role summary (and the text of a single user's); writes nothing. */
async function dryRun(): Promise<void> {
  const users = args.user
    ? [await findUserForDigest(database.db, args.user.trim().toLowerCase())].filter((u) => u !== undefined)
    : await findDigestRecipients(database.db);
  if (args.user && users.length === 0)
    throw new AppError('NOT_FOUND', `No user has the email address ${args.user}`);
  console.log(
    `Digests for ${week.isoWeek} (${week.monday} to ${week.sunday}), dry run: nothing stored or sent.\n`,
  );
  const byRole = new Map<string, string[]>();
  for (const user of users) {
    const { content, text } = await composeDigest({ db: database.db, config, log }, user, week, null);
    const summary = content.quietLine
      ? 'quiet week'
      : content.sections.map((s) => `${s.key.toLowerCase()} ${s.items.length}`).join(', ');
    const optedOut = user.digest_opt_in ? '' : ' (opted out: would not be sent)';
    const lines = byRole.get(user.role) ?? [];
    lines.push(`  ${user.email.padEnd(28)} ${user.locale.padEnd(5)} ${summary}${optedOut}`);
    byRole.set(user.role, lines);
    if (args.user) console.log(`Subject: ${content.subject}\nTo: ${user.email}\n\n${text}`);
  }
  for (const [role, lines] of byRole) console.log(`${role} (${lines.length})\n${lines.join('\n')}\n`);
}

async function realRun(): Promise<void> {
  const transport = createDigestTransport(config);
  try {
    const { queued, delivered } = await runWeek({ db: database.db, config, log, transport }, week.isoWeek, {
      userEmail: args.user,
    });
    const where = transport.kind === 'smtp' ? 'through SMTP' : `to ${outboxDir(config)}/${week.isoWeek}/`;
    console.log(
      `${week.isoWeek}: ${queued.queued} queued (${queued.alreadyQueued} already were); ` +
        `${delivered.sent} sent ${where}, ${delivered.failed} failed, ${delivered.skipped} skipped at sending.`,
    );
    for (const s of queued.skipped) console.log(`  skipped ${s.email}: ${s.reason}`);
    if (delivered.failed > 0) {
      console.error(
        'Some digests failed: they are retried with backoff (see the outbox page for the errors).',
      );
      process.exitCode = 1;
    }
  } finally {
    transport.close();
  }
}
