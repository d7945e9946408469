import { canAccessZone, requireRole, requireWriteAccess, type Viewer } from '../auth/viewer';
import { AppError } from '../errors';
import type { ProjectQuery, ProjectRow } from './project.repository';

/*
 * Who sees which projects. Zone scoping as for leads: officers and managers their zone, analysts
 * their granted zones, admins all. A LEADER sees the zone they belong to like its staff (the zone's
 * top official answers for all of its projects), and on top of that every project they are
 * accountable for in any zone: a city leader with no zone sees exactly those. Writing is for
 * officers, managers and admins of the project's zone: leaders and analysts read.
 */

/** True when the viewer may see the project. */
export function canSeeProject(
  viewer: Viewer,
  project: Pick<ProjectRow, 'zone_id' | 'accountable_leader_id'>,
): boolean {
  return (
    canAccessZone(viewer, project.zone_id) ||
    (viewer.role === 'LEADER' && project.accountable_leader_id === viewer.userId)
  );
}

/** The part of a project query that limits it to what the viewer may see. */
export function projectScopeOf(viewer: Viewer): Pick<ProjectQuery, 'zoneIds' | 'orAccountableTo'> {
  return {
    zoneIds: viewer.zoneIds === 'ALL' ? 'ALL' : [...viewer.zoneIds],
    orAccountableTo: viewer.role === 'LEADER' ? viewer.userId : null,
  };
}

/** The first check of every project mutation: a writable credential and a role that edits projects. */
export function requireProjectEditor(viewer: Viewer | null): Viewer {
  return requireRole(requireWriteAccess(viewer), 'OFFICER', 'ZONE_MANAGER', 'ADMIN');
}

/**
 * The project, when the editor may change it. A project the viewer cannot see is NOT_FOUND, exactly
 * like a missing one, so ids of other zones' projects reveal nothing.
 */
export function requireEditableProject(viewer: Viewer, project: ProjectRow | undefined): ProjectRow {
  if (!project || !canSeeProject(viewer, project)) {
    throw new AppError('NOT_FOUND', 'No such project');
  }
  if (!canAccessZone(viewer, project.zone_id)) {
    throw new AppError('FORBIDDEN', 'You have no access to this zone');
  }
  return project;
}
