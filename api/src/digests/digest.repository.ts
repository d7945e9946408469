import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, DigestTable } from '../db/schema';

/*
 * The digest table is the job queue (an outbox): one row per (user, ISO week), unique, so enqueuing
 * twice is harmless. A sender claims due rows with FOR UPDATE SKIP LOCKED (instances never block on
 * or take each other's rows) and a lease (`locked_until`): a row whose sender died mid-send is due
 * again once its lease expires. A SENT row is never claimed again.
 */

type Db = Kysely<Database>;
export type DigestRow = Selectable<DigestTable>;

export const DIGEST_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type DigestStatus = (typeof DIGEST_STATUSES)[number];

/** Inserts the digest unless the user already has one for the week; true when this call inserted it. */
export async function insertDigestIfAbsent(db: Db, row: Insertable<DigestTable>): Promise<boolean> {
  const inserted = await db
    .insertInto('digest')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'iso_week']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Users who already have a digest for the week, whatever its status. */
export async function findUserIdsWithDigest(db: Db, isoWeek: string): Promise<Set<number>> {
  const rows = await db.selectFrom('digest').select('user_id').where('iso_week', '=', isoWeek).execute();
  return new Set(rows.map((r) => r.user_id));
}

export interface ClaimOptions {
  now: Date;
  leaseUntil: Date;
  limit: number;
  /** Attempts after which a FAILED row waits for a manual run of its week. */
  maxAttempts: number;
  /** A manual run of one week retries its failures at once, however many attempts they had. */
  isoWeek?: string | undefined;
  /** Rows this run already tried: a manual run tries each failure once, not in a tight loop. */
  skipIds?: readonly number[] | undefined;
}

/**
 * Claims up to `limit` due digests for this sender: PENDING or FAILED rows whose next attempt is
 * due, and SENDING rows whose lease expired. Each claim counts as an attempt.
 */
export async function claimDueDigests(db: Db, o: ClaimOptions): Promise<DigestRow[]> {
  const due = o.isoWeek
    ? sql`(iso_week = ${o.isoWeek} AND status IN ('PENDING', 'FAILED'))`
    : sql`(status IN ('PENDING', 'FAILED') AND next_attempt_at <= ${o.now} AND attempts < ${o.maxAttempts})`;
  const result = await sql<DigestRow>`
    UPDATE digest SET status = 'SENDING', locked_until = ${o.leaseUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM digest
      WHERE (${due} OR (status = 'SENDING' AND locked_until < ${o.now}))
        AND NOT (id = ANY (${[...(o.skipIds ?? [])]}::bigint[]))
      ORDER BY id
      LIMIT ${o.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING *`.execute(db);
  return result.rows;
}

/**
 * Finishes a claimed digest, only while this sender still holds it (same lease): a sender that
 * lost its lease must not overwrite the outcome of the one that took over. True when it did.
 */
export async function finishDigest(
  db: Db,
  claim: { id: number; leaseUntil: Date },
  outcome:
    | { status: 'SENT'; sentAt: Date }
    | { status: 'FAILED'; error: string; nextAttemptAt: Date }
    | { status: 'SKIPPED'; reason: string },
): Promise<boolean> {
  const set =
    outcome.status === 'SENT'
      ? { status: 'SENT', sent_at: outcome.sentAt, last_error: null }
      : outcome.status === 'FAILED'
        ? {
            status: 'FAILED',
            last_error: outcome.error.slice(0, 1000),
            next_attempt_at: outcome.nextAttemptAt,
          }
        : { status: 'SKIPPED', last_error: outcome.reason };
  const result = await db
    .updateTable('digest')
    .set({ ...set, locked_until: null })
    .where('id', '=', claim.id)
    .where('status', '=', 'SENDING')
    .where('locked_until', '=', claim.leaseUntil)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface OutboxQuery {
  isoWeek?: string | undefined;
  statuses?: string[] | undefined;
}

function outbox(db: Db, q: OutboxQuery) {
  let query = db.selectFrom('digest').innerJoin('app_user', 'app_user.id', 'digest.user_id');
  if (q.isoWeek) query = query.where('digest.iso_week', '=', q.isoWeek);
  if (q.statuses?.length) query = query.where('digest.status', 'in', q.statuses);
  return query;
}

/** A page of digests, newest first (keyset on id). */
export function findDigestPage(db: Db, q: OutboxQuery, page: { first: number; afterId: number | null }) {
  let query = outbox(db, q).selectAll('digest');
  if (page.afterId !== null) query = query.where('digest.id', '<', page.afterId);
  return query
    .orderBy('digest.id', 'desc')
    .limit(page.first + 1)
    .execute();
}

export async function countDigests(db: Db, q: OutboxQuery): Promise<number> {
  const row = await outbox(db, q).select(sql<number>`count(*)`.as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}

export function findDigestById(db: Db, id: number): Promise<DigestRow | undefined> {
  return db.selectFrom('digest').selectAll().where('id', '=', id).executeTakeFirst();
}
