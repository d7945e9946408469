import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DEMO_USERS } from './data/demo-users';

/** The documented demo password of every demo account (README, start-up banner). */
export const DEMO_PASSWORD = 'lianzhao-demo';

/** One account per role; the officer, manager and leader belong to 石家庄高新技术产业开发区. */
export const DEMO_ACCOUNTS = DEMO_USERS.filter((user) => user.primary);

/** True when the demo accounts exist, i.e. the demo data is in use (then the banner is printed). */
export async function hasDemoAccounts(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('app_user')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(
      'email',
      'in',
      DEMO_ACCOUNTS.map((a) => a.email),
    )
    .executeTakeFirstOrThrow();
  return Number(row.count) === DEMO_ACCOUNTS.length;
}
