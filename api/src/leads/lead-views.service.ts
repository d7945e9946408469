import { insertAuditEntry } from '../audit/audit.repository';
import { requireViewer, requireWritableCredential } from '../auth/viewer';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { invalid, requiredText, VIEW_NAME_MAX } from './lead-input';
import type { LeadOrder } from './lead-order';
import {
  deleteLeadViewOfUser,
  findLeadViewsOfUser,
  type SavedViewRow,
  upsertLeadView,
} from './lead-views.repository';

/*
 * Saved views of the leads table: a user's own named filter and sort. They hold no zone data (ids in
 * a filter are checked when the view is used, like any filter), so any signed-in user keeps their own;
 * read-only tokens cannot save. Audited as changes of the user.
 */

const FILTER_JSON_MAX = 4000;

export function leadViews(ctx: ServiceContext): Promise<SavedViewRow[]> {
  const viewer = requireViewer(ctx.viewer);
  return findLeadViewsOfUser(ctx.db, viewer.userId);
}

export async function saveLeadView(
  ctx: ServiceContext,
  input: { name: string; filter: Record<string, unknown>; orderBy: LeadOrder | null },
): Promise<SavedViewRow> {
  const viewer = requireWritableCredential(ctx.viewer);
  const name = requiredText(input.name, 'name', VIEW_NAME_MAX);
  // Only the keys that were given: a view stores what the user chose, not a page of nulls.
  const filter = JSON.stringify(
    Object.fromEntries(
      Object.entries(input.filter).filter(([, value]) => value !== undefined && value !== null),
    ),
  );
  if (filter.length > FILTER_JSON_MAX) throw invalid('filter', 'The filter is too large to save');
  return ctx.db.transaction().execute(async (trx) => {
    const view = await upsertLeadView(trx, {
      userId: viewer.userId,
      name,
      filter,
      orderField: input.orderBy?.field ?? null,
      orderDirection: input.orderBy ? input.orderBy.direction : null,
    });
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'user',
      entityId: viewer.userId,
      zoneId: null,
      action: view.version === 1 ? 'CREATE' : 'UPDATE',
      before: null,
      after: { leadView: { id: view.id, name, filter: JSON.parse(filter), orderBy: input.orderBy } },
    });
    return view;
  });
}

/** Deletes one of the viewer's views; another user's or an unknown id is NOT_FOUND. */
export async function deleteLeadView(ctx: ServiceContext, id: number): Promise<boolean> {
  const viewer = requireWritableCredential(ctx.viewer);
  return ctx.db.transaction().execute(async (trx) => {
    const deleted = await deleteLeadViewOfUser(trx, viewer.userId, id);
    if (!deleted) throw new AppError('NOT_FOUND', 'No such view');
    await insertAuditEntry(trx, {
      actorId: viewer.userId,
      entity: 'user',
      entityId: viewer.userId,
      zoneId: null,
      action: 'DELETE',
      before: { leadView: { id: deleted.id, name: deleted.name } },
      after: null,
    });
    return true;
  });
}
