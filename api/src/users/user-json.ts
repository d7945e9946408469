import type { UserRow, ZoneRow } from '../db/schema';
import { localeKeyOf } from './roles';

/** The user as `/auth/login` returns it: the same names as the GraphQL `User` type. */
export function toUserJson(user: UserRow, zone: Pick<ZoneRow, 'id' | 'name'> | null) {
  return {
    id: String(user.id),
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    title: user.title,
    locale: localeKeyOf(user.locale),
    digestOptIn: user.digest_opt_in,
    zone: zone && { id: String(zone.id), name: zone.name },
  };
}
