import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { listImportBatches, toModels } from './import-history.service';
import { undoImport } from './import-undo.service';

export const importResolvers: Resolvers = {
  Query: {
    importBatches: (_parent, { zoneId, first }, ctx) =>
      listImportBatches(ctx, { zoneId: zoneId ? parseId(zoneId, 'zoneId') : undefined, first }),
  },
  Mutation: {
    undoImport: async (_parent, { batchId }, ctx) => {
      const [model] = await toModels(ctx, [await undoImport(ctx, parseId(batchId, 'batchId'))]);
      return model!;
    },
  },
};
