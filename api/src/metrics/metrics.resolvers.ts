import type { Resolvers } from '../graphql/generated/resolvers-types';
import { parseId } from '../graphql/ids';
import { zoneDashboard } from './dashboard.service';
import { METRIC_UNIT } from './metric-definitions';
import { zoneRanking } from './ranking.service';
import { resetRankingWeights, setRankingWeights } from './ranking-weights.service';

export const metricResolvers: Resolvers = {
  Query: {
    zoneDashboard: (_parent, args, ctx) => zoneDashboard(ctx, parseId(args.zoneId, 'zoneId')),
    zoneRanking: async (_parent, args, ctx) => {
      const ranking = await zoneRanking(ctx, args.kind, args.period ?? null);
      return {
        ...ranking,
        rows: ranking.rows.map((row) => ({
          ...row,
          indicators: row.indicators.map((i) => ({ ...i, unit: METRIC_UNIT[i.key] })),
        })),
      };
    },
  },
  Mutation: {
    setRankingWeights: (_parent, args, ctx) =>
      setRankingWeights(ctx, args.kind, args.weights, args.version ?? null),
    resetRankingWeights: (_parent, args, ctx) => resetRankingWeights(ctx, args.kind, args.version ?? null),
  },
};
