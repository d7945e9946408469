import { requireRole } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { UserRow } from '../db/schema';
import { AppError } from '../errors';
import {
  countDigests,
  DIGEST_STATUSES,
  type DigestRow,
  findDigestById,
  findDigestPage,
} from './digest.repository';
import { hasDigest } from './digest-content';
import { findDigestUsers, findUserForDigest } from './digest-recipient.repository';
import { composeDigest } from './digest-runner';
import { nextDigestRun } from './digest-scheduler';
import { digestWeek } from './digest-week';

// The admin side of digests: preview, outbox, delivery settings. Administrators only: a digest
// shows a user's zone data, and admins already see every zone.

/** A user's digest for the week as it would be written now; nothing is stored or sent. */
export async function previewDigest(
  ctx: ServiceContext,
  userId: number,
  isoWeek: string,
): Promise<{ user: UserRow; isoWeek: string; subject: string; html: string; text: string }> {
  requireRole(ctx.viewer, 'ADMIN');
  const week = digestWeek(isoWeek);
  const user = await findUserForDigest(ctx.db, userId);
  if (!user) throw new AppError('NOT_FOUND', 'No such user', { details: { field: 'userId' } });
  if (!hasDigest(user.role)) {
    throw new AppError('VALIDATION', `Users with role ${user.role} get no digest`, {
      details: { field: 'userId' },
    });
  }
  if (user.disabled_at)
    throw new AppError('VALIDATION', 'This user is disabled', { details: { field: 'userId' } });
  // No unsubscribe link in a preview: it would be a working link for someone else's account.
  const { subject, html, text } = await composeDigest(ctx, user, week, null);
  return { user, isoWeek: week.isoWeek, subject, html, text };
}

export async function listOutbox(
  ctx: ServiceContext,
  filter: { isoWeek?: string | undefined; statuses?: string[] | undefined },
  page: { first: number; afterId: number | null },
): Promise<{ rows: DigestRow[]; totalCount: number }> {
  requireRole(ctx.viewer, 'ADMIN');
  const isoWeek = filter.isoWeek === undefined ? undefined : digestWeek(filter.isoWeek).isoWeek;
  const statuses = filter.statuses?.filter((s) => (DIGEST_STATUSES as readonly string[]).includes(s));
  const query = { isoWeek, statuses };
  const [rows, totalCount] = await Promise.all([
    findDigestPage(ctx.db, query, page),
    countDigests(ctx.db, query),
  ]);
  return { rows, totalCount };
}

export function digestDelivery(ctx: ServiceContext) {
  requireRole(ctx.viewer, 'ADMIN');
  const off = ctx.config.digestCron === 'off';
  return {
    mode: ctx.config.smtpUrl ? ('SMTP' as const) : ('OUTBOX' as const),
    schedule: off ? null : ctx.config.digestCron,
    nextRun: off ? null : nextDigestRun(ctx.config.digestCron, new Date()),
  };
}

/** Users in a role that has a digest, opted in or not, for the admin preview's user picker. */
export async function digestUsers(ctx: ServiceContext): Promise<UserRow[]> {
  requireRole(ctx.viewer, 'ADMIN');
  return findDigestUsers(ctx.db);
}

/** One written digest (null when there is none with this id). */
export async function digestById(ctx: ServiceContext, id: number): Promise<DigestRow | null> {
  requireRole(ctx.viewer, 'ADMIN');
  return (await findDigestById(ctx.db, id)) ?? null;
}
