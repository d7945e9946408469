import { spawnSync } from 'node:child_process';
import { createApp, type DatabaseHandle, digests } from '@lianzhao/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/factories';
import { graphql, signIn, silentLog } from '../support/http-client';
import { startTestSmtpServer } from '../support/smtp-server';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';
import { createDigestFixtures, digestConfig, digestDeps, W48_FIRE } from './digests-fixtures';

describe(`weekly digests: schedule, unsubscribe links and admin access (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let fx: Awaited<ReturnType<typeof createDigestFixtures>>;
  let cookies: { admin: string; officer: string; leader: string };

  beforeAll(async () => {
    database = await createTestDatabase();
    fx = await createDigestFixtures(database.db);
    smtp = await startTestSmtpServer();
    const config = digestConfig({ SMTP_URL: smtp.url });
    app = createApp({ db: database.db, config, log: silentLog });
    const transport = digests.createDigestTransport(config);
    try {
      await digests.runWeek(
        digestDeps(database.db, transport, { now: W48_FIRE }, { SMTP_URL: smtp.url }),
        '2026-W48',
      );
    } finally {
      transport.close();
    }
    cookies = {
      admin: await signIn(app, fx.users.admin.email, TEST_PASSWORD),
      officer: await signIn(app, fx.users.officer.email, TEST_PASSWORD),
      leader: await signIn(app, fx.users.leader.email, TEST_PASSWORD),
    };
  });
  afterAll(async () => {
    await smtp?.close();
    await database?.close();
  });

  const optedIn = async (userId: number) =>
    (
      await database.db
        .selectFrom('app_user')
        .select('digest_opt_in')
        .where('id', '=', userId)
        .executeTakeFirstOrThrow()
    ).digest_opt_in;
  /** The unsubscribe link of the mail a user received, as a path on this app. */
  const unsubscribePathOf = (email: string) => {
    const raw = smtp.to(email)[0]!.raw.replace(/\r?\n[ \t]+/g, ' ');
    const url = /^List-Unsubscribe: <([^>]+)>/im.exec(raw)?.[1];
    if (!url) throw new Error('no List-Unsubscribe header');
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  };

  describe('the schedule', () => {
    it('fires on Monday 08:00 in Shanghai, which is Monday 00:00 UTC', () => {
      expect(digests.nextDigestRun('0 8 * * 1', new Date('2026-11-27T12:00:00Z'))?.toISOString()).toBe(
        '2026-11-30T00:00:00.000Z',
      );
      // Sunday 23:59 UTC is already Monday 07:59 in Shanghai: the run is a minute away, not a week.
      expect(digests.nextDigestRun('0 8 * * 1', new Date('2026-11-29T23:59:00Z'))?.toISOString()).toBe(
        '2026-11-30T00:00:00.000Z',
      );
    });

    it('fires at the same instant whatever the server time zone (a process started with TZ=UTC, and another)', () => {
      const code = `const { nextDigestRun } = await import(${JSON.stringify(
        new URL('../../api/src/digests/digest-scheduler.ts', import.meta.url).href,
      )}); console.log(nextDigestRun('0 8 * * 1', new Date('2026-11-27T12:00:00Z')).toISOString(), new Date(2026, 10, 30).getTimezoneOffset());`;
      for (const [tz, offset] of [
        ['UTC', '0'],
        ['America/Los_Angeles', '480'],
      ] as const) {
        const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
          cwd: new URL('../..', import.meta.url).pathname,
        });
        expect(child.stderr).toBe('');
        expect(child.stdout.trim()).toBe(`2026-11-30T00:00:00.000Z ${offset}`);
      }
    });
  });

  describe('one-click unsubscribe', () => {
    it('shows a confirmation on GET and changes nothing', async () => {
      const response = await app.request(unsubscribePathOf(fx.users.officer.email));
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain('<form method="post"');
      expect(page).toContain(fx.users.officer.email);
      expect(await optedIn(fx.users.officer.id)).toBe(true);
    });

    it('unsubscribes on the one-click POST of RFC 8058, with an audit entry', async () => {
      const response = await app.request(unsubscribePathOf(fx.users.officer.email), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.example' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('已退订');
      expect(await optedIn(fx.users.officer.id)).toBe(false);
      const audit = await database.db
        .selectFrom('audit_entry')
        .selectAll()
        .where('entity', '=', 'user')
        .where('entity_id', '=', fx.users.officer.id)
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: fx.users.officer.id, action: 'UPDATE' });
      // The officer now gets no digest for the next week.
      const next = await digests.enqueueWeek(
        digestDeps(database.db, digests.createDigestTransport(digestConfig()), { now: W48_FIRE }),
        digests.digestWeek('2026-W49'),
      );
      expect(next.queued).toBe(2);
    });

    it('refuses a forged token with a clear page and changes nothing', async () => {
      const path = unsubscribePathOf(fx.users.manager.email);
      const forged = path.replace(/token=(\d+)/, `token=${fx.users.leader.id}`);
      expect(forged).not.toBe(path);
      for (const bad of [forged, '/digests/unsubscribe?token=nonsense', '/digests/unsubscribe']) {
        const response = await app.request(bad, { method: 'POST' });
        expect(response.status).toBe(400);
        expect(await response.text()).toContain('This unsubscribe link is not valid; nothing was changed.');
      }
      expect(await optedIn(fx.users.leader.id)).toBe(true);
      expect(await optedIn(fx.users.manager.id)).toBe(true);
    });

    it('refuses an expired token with a page that says so and changes nothing', async () => {
      const secret = await digests.sharedSecret(database.db, 'unsubscribe');
      const old = new Date(Date.now() - (digests.UNSUBSCRIBE_TOKEN_DAYS + 1) * 86_400_000);
      const token = digests.signUnsubscribeToken(secret, fx.users.leader.id, old);
      const response = await app.request(`/digests/unsubscribe?token=${token}`, { method: 'POST' });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('expired');
      expect(await optedIn(fx.users.leader.id)).toBe(true);
    });
  });

  describe('GraphQL, administrators only', () => {
    const PREVIEW = `query ($u: ID!, $w: String!) { digestPreview(userId: $u, isoWeek: $w) { isoWeek subject html text user { email } } }`;

    it("lets an admin preview any user's digest for any week, with nothing stored", async () => {
      const before = await database.db.selectFrom('digest').select('id').execute();
      const result = await graphql<{ digestPreview: { subject: string; html: string; text: string } }>(
        app,
        PREVIEW,
        {
          cookie: cookies.admin,
          variables: { u: String(fx.users.leader.id), w: '2026-W47' },
        },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.digestPreview.subject).toContain('2026-W47');
      expect(result.data?.digestPreview.text).toContain('红灯示范项目');
      expect(result.data?.digestPreview.html).toContain('红灯示范项目');
      expect(result.data?.digestPreview.html).not.toContain('/digests/unsubscribe');
      expect(await database.db.selectFrom('digest').select('id').execute()).toHaveLength(before.length);
    });

    it('refuses the preview and the outbox to everyone else', async () => {
      for (const cookie of [cookies.officer, cookies.leader]) {
        const preview = await graphql(app, PREVIEW, {
          cookie,
          variables: { u: String(fx.users.leader.id), w: '2026-W48' },
        });
        expect(preview.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const outbox = await graphql(app, '{ digestOutbox { totalCount } }', { cookie });
        expect(outbox.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('answers a week like 2026-W99 with a clear VALIDATION error', async () => {
      const result = await graphql(app, PREVIEW, {
        cookie: cookies.admin,
        variables: { u: String(fx.users.leader.id), w: '2026-W99' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION');
      expect(result.errors?.[0]?.message).toContain('2026-W99');
    });

    it('lists the outbox with statuses and errors, and how digests are delivered', async () => {
      const result = await graphql<{
        digestOutbox: {
          totalCount: number;
          edges: { node: { status: string; lastError: string | null; user: { email: string } } }[];
        };
        digestDelivery: { mode: string; schedule: string | null };
      }>(
        app,
        `{ digestOutbox(filter: { isoWeek: "2026-W48" }) { totalCount edges { node { status lastError user { email } } } }
           digestDelivery { mode schedule } }`,
        { cookie: cookies.admin },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.digestOutbox.totalCount).toBe(4);
      const skipped = result.data?.digestOutbox.edges.find((e) => e.node.status === 'SKIPPED');
      expect(skipped?.node).toMatchObject({
        user: { email: 'broken@nodomain' },
        lastError: expect.stringContaining('invalid'),
      });
      expect(result.data?.digestDelivery).toEqual({ mode: 'SMTP', schedule: null });
    });
  });
});
