import { type RawBuilder, sql } from 'kysely';

/**
 * The zones granted to the `app_user` row of the surrounding query, as an array column, so that the
 * viewer of a request (session or token, user, grants) comes from one statement. Cast to integer[]:
 * drivers hand bigint[] back as strings.
 */
export function grantedZoneIdsOfUser(): RawBuilder<number[]> {
  return sql<
    number[]
  >`coalesce((select array_agg(g.zone_id::integer order by g.zone_id) from user_zone_grant g where g.user_id = app_user.id), '{}'::integer[])`;
}
