import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DatabaseHandle, digests } from '@lianzhao/api';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer } from '../support/smtp-server';
import { createTestDatabase, TEST_DATABASE_KIND } from '../support/test-database';
import { createDigestFixtures, digestConfig, digestDeps, W48_FIRE, XSS_FIRM } from './digests-fixtures';

/** A header of a raw message, unfolded. */
function headerOf(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

describe(`weekly digests: content and sending (${TEST_DATABASE_KIND})`, () => {
  let database: DatabaseHandle;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let fx: Awaited<ReturnType<typeof createDigestFixtures>>;
  let transport: ReturnType<typeof digests.createDigestTransport>;
  const clock = { now: W48_FIRE };

  beforeAll(async () => {
    database = await createTestDatabase();
    fx = await createDigestFixtures(database.db);
    smtp = await startTestSmtpServer();
    transport = digests.createDigestTransport(digestConfig({ SMTP_URL: smtp.url }));
  });
  afterAll(async () => {
    transport?.close();
    await smtp?.close();
    await database?.close();
  });

  const deps = () => digestDeps(database.db, transport, clock, { SMTP_URL: smtp.url });
  const digestRows = (week: string) =>
    database.db.selectFrom('digest').selectAll().where('iso_week', '=', week).orderBy('user_id').execute();

  it('sends each opted-in officer, manager and leader one digest with their sections', async () => {
    const result = await digests.runWeek(deps(), '2026-W48');
    expect(result.delivered).toEqual({ sent: 3, failed: 0, skipped: 0 });
    const { officer, manager, leader } = fx.users;
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(
      [leader.email, manager.email, officer.email].sort(),
    );

    const officerMail = smtp.to(officer.email)[0]!.parsed;
    expect(officerMail.subject).toContain('2026-W48');
    expect(officerMail.text).toContain('本周待跟进');
    expect(officerMail.text).toContain('跟进已逾期');
    expect(officerMail.text).toContain('停滞线索');
    expect(officerMail.text).toContain('上周阶段变化');
    expect(officerMail.text).toContain('线索 → 接洽');
    expect(officerMail.text).toContain(`https://lianzhao.example/leads/${fx.leads.dueLead}`);
    // Zone scoping: the officer's own lead in zone B is not theirs to see.
    expect(officerMail.text).not.toContain('乙区线索');
    expect(officerMail.messageId).toBe(`<digest.2026-W48.${officer.id}@lianzhao.example>`);
    const raw = smtp.to(officer.email)[0]!.raw;
    expect(headerOf(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(headerOf(raw, 'List-Unsubscribe')).toMatch(
      /^<https:\/\/lianzhao\.example\/digests\/unsubscribe\?token=[^>]+>$/,
    );

    const managerMail = smtp.to(manager.email)[0]!.parsed;
    expect(managerMail.text).toContain('Pipeline movement last week');
    expect(managerMail.text).toContain('New signings last week');
    expect(managerMail.text).toContain('新签约项目');
    expect(managerMail.text).toContain('Red and yellow projects');
    expect(managerMail.text).toContain('Chain completeness');

    const leaderMail = smtp.to(leader.email)[0]!.parsed;
    expect(leaderMail.text).toContain('您挂点的项目');
    expect(leaderMail.text).toMatch(/\[红灯\] 红灯示范项目/);
    expect(leaderMail.text).toContain('征地拆迁未完成');
    expect(leaderMail.text).toContain('请求市里协调征迁');
    expect(leaderMail.html).toContain(`https://lianzhao.example/projects/${fx.projects.redProject.id}`);
  });

  it('escapes a firm named like markup in the HTML, and puts no scripts or external images in', () => {
    const html = String(smtp.to(fx.users.officer.email)[0]!.parsed.html);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(XSS_FIRM);
    expect(html).not.toMatch(/<img|<script|<link|<style/i);
    expect(smtp.to(fx.users.officer.email)[0]!.parsed.text).toContain(XSS_FIRM);
  });

  it('skips a user with an unusable address, with the reason, and sends nothing to them', async () => {
    const rows = await digestRows('2026-W48');
    const bad = rows.find((r) => r.user_id === fx.users.badEmail.id);
    expect(bad).toMatchObject({ status: 'SKIPPED', last_error: 'invalid email address: broken@nodomain' });
    expect(smtp.to(fx.users.badEmail.email)).toHaveLength(0);
    // Opted out, analysts and admins get no digest row at all.
    const others = [fx.users.optedOut.id, fx.users.analyst.id, fx.users.admin.id];
    expect(rows.filter((r) => others.includes(r.user_id))).toEqual([]);
    expect(rows.filter((r) => r.status === 'SENT')).toHaveLength(3);
  });

  it('sends nothing on a second run of the same week', async () => {
    const before = smtp.received.length;
    const again = await digests.runWeek(deps(), '2026-W48');
    expect(again.queued).toMatchObject({ queued: 0, alreadyQueued: 4 });
    expect(again.delivered).toEqual({ sent: 0, failed: 0, skipped: 0 });
    expect(smtp.received.length).toBe(before);
  });

  it('says so in one line when a week has nothing for the user', async () => {
    const idle = await database.db
      .insertInto('app_user')
      .values({
        email: 'idle@digest.test',
        display_name: '空闲专员',
        password_hash: 'x',
        role: 'OFFICER',
        zone_id: fx.zoneB.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const result = await digests.enqueueWeek(deps(), digests.digestWeek('2026-W48'), {
      userEmail: idle.email,
    });
    expect(result.queued).toBe(1);
    const row = await database.db
      .selectFrom('digest')
      .select(['text', 'html'])
      .where('iso_week', '=', '2026-W48')
      .where('user_id', '=', idle.id)
      .executeTakeFirstOrThrow();
    expect(row.text).toContain('本周没有需要您关注的事项。');
    expect(row.text).not.toContain('本周待跟进');
    expect(row.html).not.toContain('<h2');
    await database.db.deleteFrom('app_user').where('id', '=', idle.id).execute();
  });

  it('rejects a week the calendar has not got, and a user who is not there', async () => {
    await expect(digests.runWeek(deps(), '2026-W99')).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('2026-W48'),
    });
    await expect(digests.runWeek(deps(), '2027-W53')).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(
      digests.runWeek(deps(), '2026-W49', { userEmail: 'nobody@digest.test' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      digests.runWeek(deps(), '2026-W49', { userEmail: fx.users.analyst.email }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await digestRows('2026-W49')).toEqual([]);
  });

  it('writes .eml files to the outbox under DATA_DIR when no SMTP server is configured', async () => {
    const config = digestConfig();
    const outbox = digests.createDigestTransport(config);
    try {
      const result = await digests.runWeek({ ...deps(), config, transport: outbox }, '2026-W50');
      expect(result.delivered.sent).toBe(3);
    } finally {
      outbox.close();
    }
    const folder = join(digests.outboxDir(config), '2026-W50');
    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(3);
    expect(files.every((f) => f.endsWith('.eml'))).toBe(true);
    const leaderFile = files.find((f) => f.includes('leader'))!;
    const raw = readFileSync(join(folder, leaderFile), 'utf8');
    const mail = await simpleParser(raw);
    expect(mail.subject).toContain('2026-W50');
    expect(mail.text).toContain('红灯示范项目');
    expect(headerOf(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });
});
