import { type Kysely, sql } from 'kysely';

/**
 * Indexes for the firm search (name, alias or pinyin-initials substring; USCC prefix).
 *
 * Trigram indexes cannot serve it: a Chinese search is typically two characters ('瑞达'), which
 * holds no whole trigram, and the alias condition (a subquery over an array) can use no index at all,
 * so every search read the whole table. Instead, a GIN index over the two-character pieces
 * ("bigrams") of each firm's lower-cased name, initials and aliases: a text containing the search
 * contains all of its bigrams, so `text_bigrams(...) @> text_bigrams(ARRAY[search])` narrows the
 * firms to a few candidates, and the exact ILIKE / LIKE conditions then decide.
 *
 * USCC prefix search needs `text_pattern_ops`: under the server's C.UTF-8 collation PostgreSQL 15
 * does not use the plain btree of `firm_uscc_key` for `LIKE 'prefix%'`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // IMMUTABLE so that an index may use it: it depends on nothing but its argument.
  // PL/pgSQL rather than an SQL query over generate_series, which costs four times as much per firm.
  await sql`
    CREATE FUNCTION text_bigrams(texts text[]) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    DECLARE
      t text;
      bigrams text[] := '{}';
    BEGIN
      FOREACH t IN ARRAY texts LOOP
        CONTINUE WHEN t IS NULL;
        t := lower(t);
        FOR i IN 1 .. length(t) - 1 LOOP
          bigrams := bigrams || substr(t, i, 2);
        END LOOP;
      END LOOP;
      RETURN bigrams;
    END
    $$`.execute(db);
  // A small pending list: a search reads the whole list of not-yet-merged entries, so the default
  // 4 MB would let search time grow with recent writes until (auto)vacuum merges them.
  await sql`
    CREATE INDEX firm_search_bigrams_idx ON firm
    USING gin (text_bigrams(ARRAY[name, name_initials] || aliases))
    WITH (gin_pending_list_limit = 256)`.execute(db);
  // No statistics for the expression, on purpose: with them, a search matching most firms ('公司')
  // is planned as a full scan that recomputes the bigrams of every firm (6.7 s at 200,000 firms,
  // against 0.6 s for the plain ILIKE scan before this migration). Without, the planner assumes a
  // selective condition and always takes the index, which costs ~0.2 s even then.
  await sql`ALTER INDEX firm_search_bigrams_idx ALTER COLUMN 1 SET STATISTICS 0`.execute(db);
  await sql`CREATE INDEX firm_uscc_prefix_idx ON firm (uscc text_pattern_ops) WHERE deleted_at IS NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX firm_uscc_prefix_idx`.execute(db);
  await sql`DROP INDEX firm_search_bigrams_idx`.execute(db);
  await sql`DROP FUNCTION text_bigrams(text[])`.execute(db);
}
