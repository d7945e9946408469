import { type Kysely, sql } from 'kysely';
import type { Database, FirmRow } from '../db/schema';
import { normalizeUscc } from './uscc';

export interface FirmQuery {
  search?: string | undefined;
  zoneId?: number | undefined;
  segmentId?: number | undefined;
  tags?: readonly string[] | undefined;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Live firms matching the query. `search` finds a substring of the name or an alias, a substring of
 * the pinyin initials (`byd` → 比亚迪) when it is Latin letters, and a USCC prefix when it looks like
 * one. The substring conditions are narrowed first by the bigram index of migration 1600 (any text
 * containing the search contains all its two-character pieces), then decided exactly; the USCC
 * prefix uses its own index. Both OR branches being indexed lets PostgreSQL combine them
 * (BitmapOr) instead of reading every firm.
 */
function filtered(db: Kysely<Database>, query: FirmQuery) {
  let q = db.selectFrom('firm').where('firm.deleted_at', 'is', null);
  const search = query.search?.trim();
  if (search) {
    const like = `%${escapeLike(search)}%`;
    const latin = /^[a-z0-9]+$/i.test(search) ? search.toLowerCase() : null;
    const code = normalizeUscc(search);
    const usccLike = /^[0-9A-HJ-NP-RTUW-Y]{4,18}$/.test(code) ? `${code}%` : null;
    q = q.where((eb) =>
      eb.or([
        eb.and([
          // The expression of firm_search_bigrams_idx, exactly, or the index is not used. A single
          // character has no bigram: the condition would keep every firm, at the cost of computing
          // each firm's bigrams.
          ...(Array.from(search).length >= 2
            ? [
                sql<boolean>`text_bigrams(ARRAY[firm.name, firm.name_initials] || firm.aliases) @> text_bigrams(ARRAY[${search}::text])`,
              ]
            : []),
          eb.or([
            eb('firm.name', 'ilike', like),
            ...(latin ? [eb('firm.name_initials', 'like', `%${escapeLike(latin)}%`)] : []),
            sql<boolean>`EXISTS (SELECT 1 FROM unnest(firm.aliases) AS alias WHERE alias ILIKE ${like})`,
          ]),
        ]),
        ...(usccLike ? [eb('firm.uscc', 'like', usccLike)] : []),
      ]),
    );
  }
  if (query.zoneId !== undefined) q = q.where('firm.zone_id', '=', query.zoneId);
  if (query.segmentId !== undefined) {
    const segmentId = query.segmentId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('firm_segment as fs')
          .innerJoin('segment as s', 's.id', 'fs.segment_id')
          .whereRef('fs.firm_id', '=', 'firm.id')
          .where((eb) => eb.or([eb('s.id', '=', segmentId), eb('s.parent_id', '=', segmentId)]))
          .select(sql`1`.as('one')),
      ),
    );
  }
  if (query.tags?.length) q = q.where(sql<boolean>`firm.tags @> ${sql.val([...query.tags])}::text[]`);
  return q;
}

export function findFirmsPage(
  db: Kysely<Database>,
  query: FirmQuery,
  page: { first: number; afterId: number | null },
): Promise<FirmRow[]> {
  let q = filtered(db, query).selectAll('firm');
  if (page.afterId !== null) q = q.where('firm.id', '>', page.afterId);
  return q
    .orderBy('firm.id')
    .limit(page.first + 1)
    .execute();
}

export async function countFirms(db: Kysely<Database>, query: FirmQuery): Promise<number> {
  const row = await filtered(db, query)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
