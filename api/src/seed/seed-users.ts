import { must, type SeededUser, type SeededZone, type Trx } from './context';
import { DEMO_USERS } from './data/demo-users';
import { at } from './dates';

export interface UserSeedResult {
  users: Map<string, SeededUser>;
  grants: number;
}

/**
 * Writes the demo accounts with one shared password hash: hashing is deliberately slow (scrypt),
 * so it is done once by the caller, outside the transaction.
 */
export async function seedUsers(
  trx: Trx,
  zones: ReadonlyMap<string, SeededZone>,
  passwordHash: string,
  createdOn: string,
): Promise<UserSeedResult> {
  const createdAt = at(createdOn, 9);
  const zoneId = (code: string | null) => (code === null ? null : must(zones, code).id);
  const rows = DEMO_USERS.map((user) => ({
    email: user.email,
    display_name: user.displayName,
    password_hash: passwordHash,
    role: user.role,
    zone_id: zoneId(user.zoneCode),
    title: user.title,
    locale: 'zh-CN',
    created_at: createdAt,
    updated_at: createdAt,
  }));
  const ids = await trx.insertInto('app_user').values(rows).returning('id').execute();
  const users = new Map<string, SeededUser>();
  const grants: { user_id: number; zone_id: number; created_at: Date }[] = [];
  DEMO_USERS.forEach((user, i) => {
    const id = ids[i]?.id;
    if (id === undefined) throw new Error(`user ${user.email} got no id`);
    users.set(user.email, {
      id,
      email: user.email,
      role: user.role,
      zoneCode: user.zoneCode,
      displayName: user.displayName,
      title: user.title,
    });
    for (const code of user.grants ?? []) {
      grants.push({ user_id: id, zone_id: must(zones, code).id, created_at: createdAt });
    }
  });
  if (grants.length > 0) await trx.insertInto('user_zone_grant').values(grants).execute();
  return { users, grants: grants.length };
}
