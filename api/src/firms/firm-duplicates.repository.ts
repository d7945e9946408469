import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { DUPLICATE_SIMILARITY, strippedNameSql } from './firm-name-key';

type Db = Kysely<Database> | Transaction<Database>;

export interface SimilarFirm {
  /** Index of the probe name in the input. */
  index: number;
  firmId: number;
  firmName: string;
  similarity: number;
}

/**
 * For each name, up to `perName` live firms whose stripped names are similar (pg_trgm `%`, through the
 * trigram index on the stripped name, with the threshold raised to DUPLICATE_SIMILARITY for the query).
 */
export async function findSimilarFirms(
  db: Db,
  names: readonly string[],
  options: { perName?: number; excludeIds?: readonly number[] } = {},
): Promise<SimilarFirm[]> {
  if (names.length === 0) return [];
  const perName = options.perName ?? 3;
  const exclude = options.excludeIds?.length ? [...options.excludeIds] : [-1];
  const result = await withSimilarityThreshold(db, (trx) =>
    sql<{ index: number; firm_id: number; firm_name: string; similarity: number }>`
    WITH probe AS (
      SELECT n.ordinality::int - 1 AS index, n.name, ${strippedNameSql(sql.ref('n.name'))} AS stripped
      FROM unnest(${[...names]}::text[]) WITH ORDINALITY AS n(name, ordinality)
    )
    SELECT p.index, f.id AS firm_id, f.name AS firm_name, f.similarity
    FROM probe p
    CROSS JOIN LATERAL (
      SELECT c.id, c.name, c.deleted_at, similarity(${strippedNameSql(sql.ref('c.name'))}, p.stripped)::float8 AS similarity
      FROM firm c
      WHERE ${strippedNameSql(sql.ref('c.name'))} % p.stripped
        AND c.id <> ALL(${exclude}::bigint[])
      ORDER BY similarity DESC, c.id
      LIMIT ${perName}
    ) f
    WHERE length(p.stripped) > 0 AND f.deleted_at IS NULL AND f.similarity >= ${DUPLICATE_SIMILARITY}
    ORDER BY p.index, f.similarity DESC`.execute(trx),
  );
  return result.rows.map((r) => ({
    index: Number(r.index),
    firmId: Number(r.firm_id),
    firmName: r.firm_name,
    similarity: Math.round(Number(r.similarity) * 100) / 100,
  }));
}

// In the lateral subqueries the only indexable condition is the `%` on the stripped name, on purpose:
// with `deleted_at IS NULL` there too, the planner may prefer the partial USCC index (whose predicate
// it matches) when statistics are stale, e.g. right after a bulk load, and scan every firm per name.
// Deleted firms are few; they are dropped after the index lookup.

/**
 * Runs a query with pg_trgm's `%` threshold at DUPLICATE_SIMILARITY (SET LOCAL: this transaction
 * only), so that the index returns only close names instead of every name sharing a few trigrams.
 */
async function withSimilarityThreshold<T>(db: Db, run: (trx: Db) => Promise<T>): Promise<T> {
  const inTransaction = async (trx: Transaction<Database>) => {
    // enable_seqscan off (this transaction only): a table the planner believes small (statistics not
    // yet gathered after a bulk load) would otherwise be scanned, regex and all, once per name.
    await sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(DUPLICATE_SIMILARITY)}, true),
      set_config('enable_seqscan', 'off', true)`.execute(trx);
    return run(trx);
  };
  return db.isTransaction
    ? inTransaction(db as Transaction<Database>)
    : db.transaction().execute(inTransaction);
}

export interface DuplicatePairRow {
  first_id: number;
  second_id: number;
  similarity: number;
}

/**
 * Candidate duplicate pairs among live firms: every firm of the scope (a zone's firms, or all) is
 * compared with its most similar live firms. Each pair once (smaller id first), most similar first.
 */
export async function findDuplicatePairs(
  db: Db,
  scope: { zoneId: number | null; zoneIds: number[] | 'ALL' },
  limit: number,
): Promise<DuplicatePairRow[]> {
  const zoneFilter =
    scope.zoneId !== null
      ? sql`a.zone_id = ${scope.zoneId}`
      : scope.zoneIds === 'ALL'
        ? sql`true`
        : sql`a.zone_id = ANY(${scope.zoneIds.length ? scope.zoneIds : [-1]}::bigint[])`;
  const result = await withSimilarityThreshold(db, (trx) =>
    sql<DuplicatePairRow>`
    WITH probe AS (
      SELECT a.id, a.name, ${strippedNameSql(sql.ref('a.name'))} AS stripped
      FROM firm a
      WHERE a.deleted_at IS NULL AND ${zoneFilter}
    ),
    pairs AS (
      SELECT least(p.id, b.id) AS first_id, greatest(p.id, b.id) AS second_id, b.similarity
      FROM probe p
      CROSS JOIN LATERAL (
        SELECT c.id, c.deleted_at, similarity(${strippedNameSql(sql.ref('c.name'))}, p.stripped)::float8 AS similarity
        FROM firm c
        WHERE c.id <> p.id AND ${strippedNameSql(sql.ref('c.name'))} % p.stripped
        ORDER BY similarity DESC, c.id
        LIMIT 3
      ) b
      WHERE length(p.stripped) > 0 AND b.deleted_at IS NULL AND b.similarity >= ${DUPLICATE_SIMILARITY}
    )
    SELECT first_id, second_id, max(similarity) AS similarity
    FROM pairs
    GROUP BY first_id, second_id
    ORDER BY max(similarity) DESC, first_id, second_id
    LIMIT ${limit}`.execute(trx),
  );
  return result.rows.map((r) => ({
    first_id: Number(r.first_id),
    second_id: Number(r.second_id),
    similarity: Math.round(Number(r.similarity) * 100) / 100,
  }));
}
