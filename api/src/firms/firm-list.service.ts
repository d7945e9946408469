import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { FirmRow } from '../db/schema';
import { AppError } from '../errors';
import { decodeCursor, pageSize, toConnection } from '../graphql/connection';
import { countFirms, type FirmQuery, findFirmsPage } from './firm-search.repository';

/**
 * The firm list and search of the analyst contract (DESIGN.md §10). Firms are shared reference data:
 * every signed-in user may list them; `zoneId` filters by location, it is not an access scope.
 */
export async function listFirms(
  ctx: ServiceContext,
  query: FirmQuery,
  page: { first?: number | null | undefined; after?: string | null | undefined },
) {
  requireViewer(ctx.viewer);
  if (query.search !== undefined && query.search.length > 100) {
    throw new AppError('VALIDATION', 'The search text is longer than 100 characters', {
      details: { field: 'search' },
    });
  }
  const first = pageSize(page.first);
  const rows = await findFirmsPage(ctx.db, query, { first, afterId: decodeCursor(page.after) });
  // Counted only if the query asks for totalCount, once however often: a broad search's count reads
  // every match, its page only the first few.
  let counted: Promise<number> | undefined;
  return toConnection<FirmRow, () => Promise<number>>(rows, first, () => {
    counted ??= countFirms(ctx.db, query);
    return counted;
  });
}

export type FirmConnectionModel = Awaited<ReturnType<typeof listFirms>>;

/** At most this many firms in one export file. */
export const FIRM_EXPORT_LIMIT = 50_000;

/** Every firm matching the query (up to FIRM_EXPORT_LIMIT), for the export files. */
export async function allFirmsMatching(ctx: ServiceContext, query: FirmQuery): Promise<FirmRow[]> {
  requireViewer(ctx.viewer);
  const rows = await findFirmsPage(ctx.db, query, { first: FIRM_EXPORT_LIMIT - 1, afterId: null });
  return rows.slice(0, FIRM_EXPORT_LIMIT);
}
