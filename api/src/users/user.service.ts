import { requireViewer, requireWritableCredential, requireZoneAccess } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { UserRow } from '../db/schema';
import { AppError } from '../errors';
import { orderById } from '../shared/batch-order';
import type { Role } from './roles';
import { LOCALES, type LocaleKey } from './roles';
import { findActiveZoneUsers, findUserById, findUsersByIds, updateUserPreferences } from './user.repository';

export async function getCurrentUser(ctx: ServiceContext): Promise<UserRow> {
  const viewer = requireViewer(ctx.viewer);
  const user = await findUserById(ctx.db, viewer.userId);
  if (!user) throw new AppError('UNAUTHENTICATED', 'Your account no longer exists');
  return user;
}

export async function updateMyPreferences(
  ctx: ServiceContext,
  input: { locale?: LocaleKey | null; digestOptIn?: boolean | null },
): Promise<UserRow> {
  const viewer = requireWritableCredential(ctx.viewer);
  const changes: { locale?: string; digest_opt_in?: boolean } = {};
  if (input.locale != null) changes.locale = LOCALES[input.locale];
  if (input.digestOptIn != null) changes.digest_opt_in = input.digestOptIn;
  if (Object.keys(changes).length === 0) return getCurrentUser(ctx);
  const user = await updateUserPreferences(ctx.db, viewer.userId, changes);
  if (!user) throw new AppError('NOT_FOUND', 'Your account no longer exists');
  return user;
}

/** Users by id, for names shown beside records the viewer already may see (lead owners). */
export async function usersByIds(ctx: ServiceContext, ids: readonly number[]): Promise<(UserRow | null)[]> {
  requireViewer(ctx.viewer);
  return orderById(ids, await findUsersByIds(ctx.db, ids));
}

/** The roles that may own a zone's leads (the same rule `reassignLeads` and `updateLead` check). */
const LEAD_OWNER_ROLES: readonly Role[] = ['OFFICER', 'ZONE_MANAGER'];

/**
 * The people a zone's leads may be assigned to: its active officers and managers, ordered by
 * display name as a Chinese reader expects (pinyin order, the same in both databases, whatever
 * their collation). Only for a viewer who may see the zone's leads: anyone else gets FORBIDDEN,
 * so the list reveals nothing about other zones' staff.
 */
export async function zoneMembers(ctx: ServiceContext, zoneId: number): Promise<UserRow[]> {
  requireZoneAccess(ctx.viewer, zoneId);
  const users = await findActiveZoneUsers(ctx.db, zoneId, LEAD_OWNER_ROLES);
  return users.sort((a, b) => a.display_name.localeCompare(b.display_name, 'zh-CN') || a.id - b.id);
}
