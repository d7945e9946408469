import { decodeCursor, pageSize, toConnection } from '../graphql/connection';
import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { oneOf } from '../shared/one-of';
import { DIGEST_STATUSES } from './digest.repository';
import { digestById, digestDelivery, digestUsers, listOutbox, previewDigest } from './digest.service';

export const digestResolvers: Resolvers = {
  Query: {
    digestPreview: (_parent, { userId, isoWeek }, ctx) =>
      previewDigest(ctx, parseId(userId, 'userId'), isoWeek),
    digestOutbox: async (_parent, { filter, first, after }, ctx) => {
      const size = pageSize(first);
      const { rows, totalCount } = await listOutbox(
        ctx,
        { isoWeek: filter?.isoWeek ?? undefined, statuses: filter?.statuses ?? undefined },
        { first: size, afterId: decodeCursor(after) },
      );
      return toConnection(rows, size, totalCount);
    },
    digest: (_parent, { id }, ctx) => digestById(ctx, parseId(id)),
    digestDelivery: (_parent, _args, ctx) => digestDelivery(ctx),
    digestUsers: (_parent, _args, ctx) => digestUsers(ctx),
  },
  // Reached only through the admin queries above, which checked the role first.
  Digest: {
    user: (digest, _args, ctx) => ctx.loaders.user.load(digest.user_id),
    isoWeek: (digest) => digest.iso_week,
    status: (digest) => oneOf(DIGEST_STATUSES, digest.status),
    lastError: (digest) => digest.last_error,
    nextAttemptAt: (digest) => digest.next_attempt_at,
    sentAt: (digest) => digest.sent_at,
    createdAt: (digest) => digest.created_at,
  },
};
