import { digests, openDatabase } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestSmtpServer } from '../support/smtp-server';
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from '../support/test-database';
import { createDigestFixtures, digestConfig, digestDeps, W48_FIRE } from './digests-fixtures';

/** Whatever fails (SMTP down or answering 4xx, a sender dying, two instances), one digest per user and week. */
describe(`weekly digests: exactly once (${TEST_DATABASE_KIND})`, () => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let fx: Awaited<ReturnType<typeof createDigestFixtures>>;
  let transport: ReturnType<typeof digests.createDigestTransport>;
  let recipients: string[];
  const clock = { now: W48_FIRE };

  beforeAll(async () => {
    database = await createTestDatabase();
    fx = await createDigestFixtures(database.db);
    smtp = await startTestSmtpServer();
    transport = digests.createDigestTransport(digestConfig({ SMTP_URL: smtp.url }));
    recipients = [fx.users.officer.email, fx.users.manager.email, fx.users.leader.email].sort();
  });
  afterAll(async () => {
    transport?.close();
    await smtp?.close();
    await database?.close();
  });

  const deps = (db = database.db) => digestDeps(db, transport, clock, { SMTP_URL: smtp.url });
  const later = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  /** Who received the week's digest, one entry per message. */
  const receivedFor = (week: string) =>
    smtp.received
      .filter((m) => m.parsed.messageId?.startsWith(`<digest.${week}.`))
      .map((m) => m.to[0])
      .sort();
  const rowsOf = (week: string) =>
    database.db
      .selectFrom('digest')
      .selectAll()
      .where('iso_week', '=', week)
      .where('status', '!=', 'SKIPPED')
      .orderBy('user_id')
      .execute();

  it('records failures while SMTP refuses connections, then sends each digest once when it is back', async () => {
    await smtp.setMode('refuse');
    const down = await digests.runWeek(deps(), '2026-W40');
    expect(down.delivered).toEqual({ sent: 0, failed: 3, skipped: 0 });
    for (const row of await rowsOf('2026-W40')) {
      expect(row).toMatchObject({ status: 'FAILED', attempts: 1, sent_at: null });
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(row.next_attempt_at.getTime()).toBe(clock.now.getTime() + digests.retryDelayMs(1));
    }
    // Still down at the first retry: the wait doubles.
    later(digests.retryDelayMs(1));
    expect((await digests.deliverDue(deps())).failed).toBe(3);
    expect((await rowsOf('2026-W40'))[0]).toMatchObject({ attempts: 2 });
    // Not yet due: nothing is tried.
    expect(await digests.deliverDue(deps())).toEqual({ sent: 0, failed: 0, skipped: 0 });

    await smtp.setMode('accept');
    later(digests.retryDelayMs(2));
    expect((await digests.deliverDue(deps())).sent).toBe(3);
    expect(receivedFor('2026-W40')).toEqual(recipients);
    for (const row of await rowsOf('2026-W40')) {
      expect(row).toMatchObject({ status: 'SENT', attempts: 3, last_error: null });
    }
    later(digests.retryDelayMs(10));
    expect((await digests.deliverDue(deps())).sent).toBe(0);
    expect(receivedFor('2026-W40')).toEqual(recipients);
  });

  it('retries after 4xx answers, keeping the error visible, and sends once when accepted', async () => {
    await smtp.setMode('tempfail');
    const result = await digests.runWeek(deps(), '2026-W41');
    expect(result.delivered.failed).toBe(3);
    for (const row of await rowsOf('2026-W41')) {
      expect(row.status).toBe('FAILED');
      expect(row.last_error).toContain('451');
    }
    await smtp.setMode('accept');
    // A manual run of the week retries its failures at once, without waiting for the backoff.
    const rerun = await digests.runWeek(deps(), '2026-W41');
    expect(rerun.delivered.sent).toBe(3);
    expect(receivedFor('2026-W41')).toEqual(recipients);
  });

  it("retries a crashed sender's digests once their lease expires, and only then", async () => {
    await digests.enqueueWeek(deps(), digests.digestWeek('2026-W42'));
    // A sender claims them and dies before sending (no outcome is written).
    const claimed = await digests.claimDueDigests(database.db, {
      now: clock.now,
      leaseUntil: new Date(clock.now.getTime() + digests.LEASE_MS),
      limit: 10,
      maxAttempts: digests.MAX_ATTEMPTS,
    });
    expect(claimed.map((d) => d.iso_week)).toEqual(['2026-W42', '2026-W42', '2026-W42']);
    later(60_000);
    expect((await digests.deliverDue(deps())).sent).toBe(0);
    later(digests.LEASE_MS);
    expect((await digests.deliverDue(deps())).sent).toBe(3);
    expect(receivedFor('2026-W42')).toEqual(recipients);
    expect((await rowsOf('2026-W42')).map((r) => r.attempts)).toEqual([2, 2, 2]);
  });

  it('sends one digest per user when two instances run the week at the same moment', async () => {
    // On PostgreSQL the second instance has its own connection pool; PGlite is one process's database.
    const second = database.url ? await openDatabase({ databaseUrl: database.url }) : null;
    try {
      const [a, b] = await Promise.all([
        digests.runWeek(deps(database.db), '2026-W43'),
        digests.runWeek(deps(second?.db ?? database.db), '2026-W43'),
      ]);
      expect(a.queued.queued + b.queued.queued).toBe(3);
      expect(a.delivered.sent + b.delivered.sent).toBe(3);
    } finally {
      await second?.close();
    }
    expect(receivedFor('2026-W43')).toEqual(recipients);
    expect((await rowsOf('2026-W43')).every((r) => r.status === 'SENT')).toBe(true);
  });

  it('sends one digest per user when two schedulers fire at once, and stops cleanly', async () => {
    const second = database.url ? await openDatabase({ databaseUrl: database.url }) : null;
    // Every second, so the test need not wait for a Monday; the clock says 2026-W44.
    clock.now = new Date('2026-10-26T00:00:00Z');
    const schedulers = [database.db, second?.db ?? database.db].map((db) =>
      digests.startDigestScheduler(deps(db), { pattern: '* * * * * *', pollMs: 200 }),
    );
    try {
      await vi.waitFor(() => expect(receivedFor('2026-W44')).toEqual(recipients), {
        timeout: 20_000,
        interval: 200,
      });
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
      await second?.close();
    }
    // Stopped: ticks no longer run, so a digest queued now stays PENDING.
    const pending = await database.db
      .insertInto('digest')
      .values({
        user_id: fx.users.optedOut.id,
        iso_week: '2026-W44',
        subject: 's',
        html: 'h',
        text: 't',
        next_attempt_at: clock.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const row = await database.db
      .selectFrom('digest')
      .select('status')
      .where('id', '=', pending.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('PENDING');
    expect(receivedFor('2026-W44')).toEqual(recipients);
    await database.db.deleteFrom('digest').where('id', '=', pending.id).execute();
  });

  it('runs the other weekly work once per week and instance, and a failure there holds no digest back', async () => {
    clock.now = new Date('2026-11-09T00:00:00Z'); // Monday 08:00 in Shanghai, 2026-W46
    const weeksStarted: string[] = [];
    const scheduler = digests.startDigestScheduler(deps(), {
      pattern: '* * * * * *',
      pollMs: 200,
      onWeekStart: async (week) => {
        weeksStarted.push(week);
        throw new Error('snapshot store unavailable');
      },
    });
    try {
      await vi.waitFor(() => expect(receivedFor('2026-W46')).toEqual(recipients), {
        timeout: 20_000,
        interval: 200,
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // more ticks of the same week
    } finally {
      await scheduler.stop();
    }
    expect(weeksStarted).toEqual(['2026-W46']);
  });

  it('skips at sending time a user who opted out after the digest was queued', async () => {
    await digests.enqueueWeek(deps(), digests.digestWeek('2026-W45'));
    await database.db
      .updateTable('app_user')
      .set({ digest_opt_in: false })
      .where('id', '=', fx.users.officer.id)
      .execute();
    try {
      const result = await digests.deliverDue(deps());
      expect(result).toMatchObject({ sent: 2, skipped: 1 });
      const officerRow = await database.db
        .selectFrom('digest')
        .selectAll()
        .where('iso_week', '=', '2026-W45')
        .where('user_id', '=', fx.users.officer.id)
        .executeTakeFirstOrThrow();
      expect(officerRow).toMatchObject({ status: 'SKIPPED', last_error: 'user opted out' });
      expect(smtp.to(fx.users.officer.email).filter((m) => m.parsed.messageId?.includes('2026-W45'))).toEqual(
        [],
      );
    } finally {
      await database.db
        .updateTable('app_user')
        .set({ digest_opt_in: true })
        .where('id', '=', fx.users.officer.id)
        .execute();
    }
  });
});
