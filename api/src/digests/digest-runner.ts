import type { Kysely } from 'kysely';
import type { Config } from '../config';
import type { Database, UserRow } from '../db/schema';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { sharedSecret } from './app-secret.repository';
import {
  claimDueDigests,
  type DigestRow,
  findUserIdsWithDigest,
  finishDigest,
  insertDigestIfAbsent,
} from './digest.repository';
import { hasDigest } from './digest-content';
import { buildDigestContent } from './digest-content.service';
import { findDigestRecipients, findUserForDigest } from './digest-recipient.repository';
import { renderDigestHtml, renderDigestText } from './digest-render';
import type { DigestTransport } from './digest-transport';
import { type DigestWeek, digestWeek } from './digest-week';
import { recipientViewer } from './recipient-viewer';
import { signUnsubscribeToken } from './unsubscribe-token';

/** What the digest jobs run with; `now` is injectable so tests control the clock. */
export interface DigestDeps {
  db: Kysely<Database>;
  config: Config;
  log: Logger;
  transport: DigestTransport;
  now?: () => Date;
}

/** A sender holds a claimed digest this long; SMTP timeouts (digest-transport.ts) are shorter. */
export const LEASE_MS = 5 * 60_000;
/** After this many attempts a failing digest waits for a manual run of its week. */
export const MAX_ATTEMPTS = 12;
/**
 * Digests claimed at a time: one, so each lease covers a single send (at most about 90 s of SMTP
 * timeouts, well inside LEASE_MS). A batch would lease later digests while earlier ones are still
 * being sent, and a slow server could let another instance take them over and send them twice.
 */
const BATCH = 1;

/** Wait before attempt n+1: 1, 2, 4 … minutes, at most 6 hours (12 attempts span about a day). */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

/** Plausible mail address; the database only checks for an '@'. */
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:".]+(\.[^\s@<>(),;:".]+)+$/;

export function invalidEmailReason(email: string | null | undefined): string | null {
  if (!email?.trim()) return 'no email address';
  if (!EMAIL.test(email)) return `invalid email address: ${email.slice(0, 100)}`;
  return null;
}

/** The stable Message-ID of a user's digest for a week (retries reuse it). */
export function digestMessageId(config: Pick<Config, 'publicUrl'>, userId: number, isoWeek: string): string {
  let host = 'lianzhao.local';
  try {
    host = new URL(config.publicUrl).hostname || host;
  } catch {
    // keep the default host
  }
  return `<digest.${isoWeek}.${userId}@${host}>`;
}

export async function unsubscribeUrlFor(deps: Pick<DigestDeps, 'db' | 'config'>, userId: number, now: Date) {
  const secret = await sharedSecret(deps.db, 'unsubscribe');
  const token = signUnsubscribeToken(secret, userId, now);
  return `${deps.config.publicUrl}/digests/unsubscribe?token=${encodeURIComponent(token)}`;
}

/** Subject, HTML and text of a user's digest, as it would be written now. */
export async function composeDigest(
  deps: Pick<DigestDeps, 'db' | 'config' | 'log'>,
  user: UserRow,
  week: DigestWeek,
  unsubscribeUrl: string | null,
) {
  const viewer = await recipientViewer(deps.db, user);
  if (!viewer) throw new AppError('NOT_FOUND', 'This user is disabled or has an unknown role');
  const ctx = { db: deps.db, config: deps.config, log: deps.log, viewer };
  const content = await buildDigestContent(ctx, user, week, unsubscribeUrl);
  return {
    content,
    subject: content.subject,
    html: renderDigestHtml(content),
    text: renderDigestText(content),
  };
}

export interface EnqueueResult {
  queued: number;
  alreadyQueued: number;
  skipped: { email: string; reason: string }[];
}

/**
 * Writes the week's digest of every opted-in user who has none yet (or of one user by email).
 * Idempotent: the (user, week) key makes a second run, or another instance's run, insert nothing.
 * A user with an unusable address gets a SKIPPED row carrying the reason, so it shows in the outbox.
 */
export async function enqueueWeek(
  deps: DigestDeps,
  week: DigestWeek,
  options: { userEmail?: string | undefined } = {},
): Promise<EnqueueResult> {
  const now = deps.now?.() ?? new Date();
  const users = options.userEmail
    ? [await requireDigestUser(deps.db, options.userEmail)]
    : await findDigestRecipients(deps.db);
  const existing = await findUserIdsWithDigest(deps.db, week.isoWeek);
  const result: EnqueueResult = { queued: 0, alreadyQueued: 0, skipped: [] };
  for (const user of users) {
    if (existing.has(user.id)) {
      result.alreadyQueued++;
      continue;
    }
    const messageId = digestMessageId(deps.config, user.id, week.isoWeek);
    const invalid = invalidEmailReason(user.email);
    if (invalid) {
      const inserted = await insertDigestIfAbsent(deps.db, {
        user_id: user.id,
        iso_week: week.isoWeek,
        subject: '',
        html: '',
        text: '',
        status: 'SKIPPED',
        last_error: invalid,
        message_id: messageId,
      });
      if (inserted) result.skipped.push({ email: user.email, reason: invalid });
      continue;
    }
    const unsubscribe = await unsubscribeUrlFor(deps, user.id, now);
    const { subject, html, text } = await composeDigest(deps, user, week, unsubscribe);
    const inserted = await insertDigestIfAbsent(deps.db, {
      user_id: user.id,
      iso_week: week.isoWeek,
      subject,
      html,
      text,
      status: 'PENDING',
      next_attempt_at: now,
      message_id: messageId,
    });
    if (inserted) result.queued++;
    else result.alreadyQueued++;
  }
  deps.log.info({ week: week.isoWeek, ...result, skipped: result.skipped.length }, 'digests queued');
  return result;
}

async function requireDigestUser(db: Kysely<Database>, email: string): Promise<UserRow> {
  const user = await findUserForDigest(db, email.trim().toLowerCase());
  if (!user) throw new AppError('NOT_FOUND', `No user has the email address ${email}`);
  if (!hasDigest(user.role)) {
    throw new AppError(
      'VALIDATION',
      `${user.email} is ${user.role}: only officers, managers and leaders get digests`,
    );
  }
  return user;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  skipped: number;
}

/**
 * Sends every due digest, one claim at a time, until none is due. Several senders (other
 * instances, the CLI) may run at once: each claims different rows. `isoWeek` (a manual run)
 * retries that week's failures at once.
 */
export async function deliverDue(
  deps: DigestDeps,
  options: { isoWeek?: string | undefined } = {},
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0, skipped: 0 };
  const tried: number[] = [];
  for (;;) {
    const now = deps.now?.() ?? new Date();
    const leaseUntil = new Date(now.getTime() + LEASE_MS);
    const claimed = await claimDueDigests(deps.db, {
      now,
      leaseUntil,
      limit: BATCH,
      maxAttempts: MAX_ATTEMPTS,
      isoWeek: options.isoWeek,
      skipIds: tried,
    });
    if (claimed.length === 0) return result;
    for (const digest of claimed) {
      tried.push(digest.id);
      const outcome = await sendOne(deps, digest, now);
      const kept = await finishDigest(deps.db, { id: digest.id, leaseUntil }, outcome);
      if (!kept) deps.log.warn({ digestId: digest.id }, 'digest lease lost before its outcome was written');
      if (outcome.status === 'SENT') result.sent++;
      else if (outcome.status === 'FAILED') result.failed++;
      else result.skipped++;
    }
  }
}

async function sendOne(deps: DigestDeps, digest: DigestRow, now: Date) {
  // Re-read the recipient: they may have opted out or changed address since the digest was queued.
  const user = await findUserForDigest(deps.db, digest.user_id);
  if (!user || user.disabled_at) return { status: 'SKIPPED' as const, reason: 'user disabled or deleted' };
  if (!user.digest_opt_in) return { status: 'SKIPPED' as const, reason: 'user opted out' };
  const invalid = invalidEmailReason(user.email);
  if (invalid) return { status: 'SKIPPED' as const, reason: invalid };
  try {
    await deps.transport.send({
      to: user.email,
      subject: digest.subject,
      html: digest.html,
      text: digest.text,
      messageId: digest.message_id ?? digestMessageId(deps.config, user.id, digest.iso_week),
      // The header's link is signed now (the body's when queued): both work, neither outlives its expiry.
      unsubscribeUrl: await unsubscribeUrlFor(deps, user.id, now),
      outboxName: {
        isoWeek: digest.iso_week,
        file: `${user.id}-${user.email.replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`,
      },
    });
    deps.log.info({ digestId: digest.id, userId: user.id, week: digest.iso_week }, 'digest sent');
    return { status: 'SENT' as const, sentAt: deps.now?.() ?? new Date() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.log.warn({ digestId: digest.id, attempts: digest.attempts, err: message }, 'digest send failed');
    return {
      status: 'FAILED' as const,
      error: message,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(digest.attempts)),
    };
  }
}

/** Queues and sends one week: what the scheduler does on Monday morning and the CLI by hand. */
export async function runWeek(
  deps: DigestDeps,
  isoWeek: string,
  options: { userEmail?: string | undefined } = {},
): Promise<{ queued: EnqueueResult; delivered: DeliveryResult }> {
  const week = digestWeek(isoWeek);
  const queued = await enqueueWeek(deps, week, options);
  const delivered = await deliverDue(deps, { isoWeek: week.isoWeek });
  return { queued, delivered };
}
