import { AppError } from '../errors';
import type { Role } from '../users/roles';

/** Who is asking: a signed-in user or the owner of an API token, with what they may reach. */
export interface Viewer {
  userId: number;
  role: Role;
  /** The user's own zone; null for province-level users. */
  zoneId: number | null;
  /** Zones whose leads, projects and figures the viewer may see: 'ALL' for administrators. */
  zoneIds: ReadonlySet<number> | 'ALL';
  via: 'SESSION' | 'API_TOKEN';
  /** A read-only API token may only query, whatever its owner's role. */
  scope: 'READ' | 'READ_WRITE';
  /** The hash of the session token when signed in by cookie (to end this session). */
  sessionTokenHash?: string;
}

/** The first call of every service method: throws `UNAUTHENTICATED` without a viewer. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in or send an API token');
  return viewer;
}

/** Throws `FORBIDDEN` unless the viewer has one of the roles. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const v = requireViewer(viewer);
  if (!roles.includes(v.role)) throw new AppError('FORBIDDEN', 'Your role does not allow this');
  return v;
}

export function canAccessZone(viewer: Viewer, zoneId: number): boolean {
  return viewer.zoneIds === 'ALL' || viewer.zoneIds.has(zoneId);
}

/** Throws `FORBIDDEN` unless the viewer may see the zone's leads, projects and figures. */
export function requireZoneAccess(viewer: Viewer | null, zoneId: number): Viewer {
  const v = requireViewer(viewer);
  if (!canAccessZone(v, zoneId)) throw new AppError('FORBIDDEN', 'You have no access to this zone');
  return v;
}

/** Throws `FORBIDDEN` for a read-only API token: the first check of every mutation. */
export function requireWritableCredential(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.scope === 'READ') throw new AppError('FORBIDDEN', 'This API token is read-only');
  return v;
}

/**
 * Throws `FORBIDDEN` for a read-only token or a read-only role (analysts); every mutation of
 * zone data starts with it.
 */
export function requireWriteAccess(viewer: Viewer | null): Viewer {
  const v = requireWritableCredential(viewer);
  if (v.role === 'ANALYST') throw new AppError('FORBIDDEN', 'Analysts have read-only access');
  return v;
}

/** The zone ids to filter a query by, or 'ALL'; an empty array means the viewer sees no zone. */
export function visibleZoneIds(viewer: Viewer): number[] | 'ALL' {
  return viewer.zoneIds === 'ALL' ? 'ALL' : [...viewer.zoneIds];
}
