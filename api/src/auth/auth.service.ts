import type { Kysely } from 'kysely';
import type { ServiceContext } from '../context';
import type { Database, UserRow, ZoneRow } from '../db/schema';
import { AppError } from '../errors';
import { isRole } from '../users/roles';
import { findUserByEmail } from '../users/user.repository';
import { findZoneById } from '../zones/zone.repository';
import { findUsableApiToken, markApiTokenUsed } from './api-token.repository';
import { countRecentFailures, recordLoginAttempt } from './login-attempt.repository';
import { decoyPasswordHash, verifyPassword } from './password';
import { hashSecretToken, newSecretToken } from './secret-token';
import {
  deleteSession,
  deleteSessionsOfUser,
  findLiveSession,
  insertSession,
  touchSession,
} from './session.repository';
import type { Viewer } from './viewer';

/** Failed logins allowed in the window, per account and per client address. */
const THROTTLE = { windowMinutes: 15, perEmail: 10, perIp: 50 } as const;
/** Sliding sessions are refreshed at most this often, to keep reads from writing on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface LoginRequest {
  email: unknown;
  password: unknown;
  ip: string | null;
  userAgent: string | null;
}

/** Lower-cased and trimmed, so `Officer@Demo.test ` and `officer@demo.test` are one account. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks the credentials and opens a server-side session. Unknown email and wrong password get
 * the same error after the same work, so the answer tells nothing about which accounts exist.
 */
export async function login(
  ctx: Pick<ServiceContext, 'db' | 'config' | 'log'>,
  request: LoginRequest,
): Promise<{ user: UserRow; zone: ZoneRow | null; sessionToken: string; expiresAt: Date }> {
  if (typeof request.email !== 'string' || typeof request.password !== 'string' || !request.email.trim()) {
    throw new AppError('VALIDATION', 'Send a JSON body with "email" and "password" strings');
  }
  if (request.email.length > 320 || request.password.length > 1024) {
    throw new AppError('VALIDATION', 'Email or password is too long');
  }
  const email = normalizeEmail(request.email);
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const failures = await countRecentFailures(ctx.db, { email, ip: request.ip, since });
  if (failures.byEmail >= THROTTLE.perEmail || failures.byIp >= THROTTLE.perIp) {
    ctx.log.warn({ email, ip: request.ip }, 'login throttled');
    throw new AppError('RATE_LIMITED', 'Too many failed sign-ins; try again in a few minutes');
  }

  const user = await findUserByEmail(ctx.db, email);
  const passwordOk = await verifyPassword(
    request.password,
    user?.password_hash ?? (await decoyPasswordHash()),
  );
  const succeeded = Boolean(user && passwordOk && !user.disabled_at);
  await recordLoginAttempt(ctx.db, { email, ip: request.ip, succeeded });
  if (!user || !succeeded) throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password');

  const sessionToken = newSecretToken('lzs');
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3_600_000);
  await insertSession(ctx.db, {
    tokenHash: hashSecretToken(sessionToken),
    userId: user.id,
    expiresAt,
    userAgent: request.userAgent?.slice(0, 500) ?? null,
    ip: request.ip,
  });
  ctx.log.info({ userId: user.id }, 'signed in');
  const zone = user.zone_id === null ? null : ((await findZoneById(ctx.db, user.zone_id)) ?? null);
  return { user, zone, sessionToken, expiresAt };
}

export async function logout(db: Kysely<Database>, sessionToken: string): Promise<void> {
  await deleteSession(db, hashSecretToken(sessionToken));
}

/**
 * Ends every session of the user behind this session cookie, on every device (after a lost laptop, say).
 * API tokens are not sessions: they stay until revoked. Returns how many sessions ended; 0 when the
 * cookie is not a live session.
 */
export async function logoutEverywhere(
  ctx: Pick<ServiceContext, 'db' | 'log'>,
  sessionToken: string,
): Promise<number> {
  const session = await findLiveSession(ctx.db, hashSecretToken(sessionToken), new Date());
  if (!session) return 0;
  const ended = await deleteSessionsOfUser(ctx.db, session.user_id);
  ctx.log.info({ userId: session.user_id, ended }, 'signed out everywhere');
  return ended;
}

/** The viewer behind a session cookie, or null when the session is unknown or expired. */
export async function viewerFromSession(
  ctx: Pick<ServiceContext, 'db' | 'config'>,
  sessionToken: string,
): Promise<Viewer | null> {
  const tokenHash = hashSecretToken(sessionToken);
  const now = new Date();
  const session = await findLiveSession(ctx.db, tokenHash, now);
  if (!session) return null;
  if (now.getTime() - session.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await touchSession(
      ctx.db,
      tokenHash,
      now,
      new Date(now.getTime() + ctx.config.sessionTtlHours * 3_600_000),
    );
  }
  const viewer = viewerOfUser(session, { via: 'SESSION', scope: 'READ_WRITE' });
  return viewer && { ...viewer, sessionTokenHash: tokenHash };
}

/** The viewer behind `Authorization: Bearer <token>`, or null when the token is not usable. */
export async function viewerFromApiToken(db: Kysely<Database>, token: string): Promise<Viewer | null> {
  const now = new Date();
  const row = await findUsableApiToken(db, hashSecretToken(token), now);
  if (!row) return null;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > TOUCH_EVERY_MS) {
    await markApiTokenUsed(db, row.id, now);
  }
  return viewerOfUser(row, {
    via: 'API_TOKEN',
    scope: row.scope === 'READ_WRITE' ? 'READ_WRITE' : 'READ',
  });
}

/** The viewer of a user row read with its session or token (the queries skip disabled users). */
function viewerOfUser(
  user: { user_id: number; role: string; zone_id: number | null; granted_zone_ids: number[] },
  access: Pick<Viewer, 'via' | 'scope'>,
): Viewer | null {
  if (!isRole(user.role)) return null;
  let zoneIds: Viewer['zoneIds'] = 'ALL';
  if (user.role !== 'ADMIN') {
    const granted = user.granted_zone_ids.map(Number);
    zoneIds = new Set(user.zone_id === null ? granted : [user.zone_id, ...granted]);
  }
  return { userId: user.user_id, role: user.role, zoneId: user.zone_id, zoneIds, ...access };
}
