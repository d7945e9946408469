import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: { email: string; ip: string | null; succeeded: boolean },
): Promise<void> {
  await db.insertInto('login_attempt').values(attempt).execute();
}

/** Failed attempts since `since`, for one email and for one address. */
export async function countRecentFailures(
  db: Kysely<Database>,
  { email, ip, since }: { email: string; ip: string | null; since: Date },
): Promise<{ byEmail: number; byIp: number }> {
  const row = await db
    .selectFrom('login_attempt')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('email', '=', email).as('byEmail'),
      eb.fn
        .countAll<number>()
        .filterWhere((w) => (ip === null ? w.lit(false) : w('ip', '=', ip)))
        .as('byIp'),
    ])
    .where('succeeded', '=', false)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { byEmail: Number(row.byEmail), byIp: Number(row.byIp) };
}
