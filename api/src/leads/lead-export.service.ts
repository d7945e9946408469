import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { LeadRow, SegmentRow } from '../db/schema';
import { AppError } from '../errors';
import { findFirmsByIds } from '../firms/firm.repository';
import { findUsersByIds } from '../users/user.repository';
import { type LeadFilterInput, listLeads, segmentsOfLeads } from './lead.service';
import { DEFAULT_LEAD_ORDER, type LeadCursor } from './lead-order';

/** More rows than this is a VALIDATION error asking for a narrower filter (a file Excel still opens well). */
export const LEAD_EXPORT_LIMIT = 50_000;
const PAGE = 2_000;

/** One lead of an export file, with the names the sheet shows instead of ids. */
export interface LeadExportRow {
  lead: LeadRow;
  firmName: string;
  uscc: string | null;
  ownerName: string | null;
  segments: SegmentRow[];
}

/**
 * Every lead matching the leads table's filter, newest change first, read page by page through
 * `listLeads` so the export shows exactly what the table shows, with the same access check (a zone
 * filter outside the viewer's zones is FORBIDDEN before any row is read).
 */
export async function allLeadsMatching(
  ctx: ServiceContext,
  filter: LeadFilterInput,
): Promise<LeadExportRow[]> {
  requireViewer(ctx.viewer);
  const leads: LeadRow[] = [];
  let after: LeadCursor | null = null;
  for (;;) {
    const { rows, totalCount } = await listLeads(ctx, filter, DEFAULT_LEAD_ORDER, { first: PAGE, after });
    if (totalCount > LEAD_EXPORT_LIMIT)
      throw new AppError(
        'VALIDATION',
        `The filter matches ${totalCount} leads; an export holds at most ${LEAD_EXPORT_LIMIT}. Narrow the filter.`,
      );
    for (const { sort_value: _s, ...lead } of rows.slice(0, PAGE)) leads.push(lead);
    const last = rows[PAGE - 1];
    if (rows.length <= PAGE || !last) break;
    after = { value: last.sort_value, id: last.id };
  }
  const ids = leads.map((l) => l.id);
  const ownerIds = [...new Set(leads.flatMap((l) => (l.owner_id === null ? [] : [l.owner_id])))];
  const [firms, owners, segments] = await Promise.all([
    findFirmsByIds(ctx.db, [...new Set(leads.map((l) => l.firm_id))]),
    findUsersByIds(ctx.db, ownerIds),
    segmentsOfLeads(ctx, ids),
  ]);
  const firmOf = new Map(firms.map((f) => [f.id, f]));
  const ownerName = new Map(owners.map((u) => [u.id, u.display_name]));
  return leads.map((lead, i) => ({
    lead,
    firmName: firmOf.get(lead.firm_id)?.name ?? '',
    uscc: firmOf.get(lead.firm_id)?.uscc ?? null,
    ownerName: lead.owner_id === null ? null : (ownerName.get(lead.owner_id) ?? null),
    segments: segments[i] ?? [],
  }));
}
