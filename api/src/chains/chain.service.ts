import { requireViewer } from '../auth/viewer';
import type { ServiceContext } from '../context';
import type { ChainRow, SegmentFeedRow, SegmentRow } from '../db/schema';
import { groupByKey, orderById } from '../shared/batch-order';
import {
  findChainsByIds,
  findFeedsOfChains,
  findSegmentsByIds,
  findSegmentsOfChains,
  listAllChains,
} from './chain.repository';

// Chains and segments are shared reference data, readable by every signed-in user.
// The batch functions return one entry per requested id, in order, as DataLoader expects.

export function listChains(ctx: ServiceContext): Promise<ChainRow[]> {
  requireViewer(ctx.viewer);
  return listAllChains(ctx.db);
}

export async function chainsByIds(ctx: ServiceContext, ids: readonly number[]): Promise<(ChainRow | null)[]> {
  requireViewer(ctx.viewer);
  return orderById(ids, await findChainsByIds(ctx.db, ids));
}

export async function segmentsByIds(
  ctx: ServiceContext,
  ids: readonly number[],
): Promise<(SegmentRow | null)[]> {
  requireViewer(ctx.viewer);
  return orderById(ids, await findSegmentsByIds(ctx.db, ids));
}

export async function segmentsOfChains(
  ctx: ServiceContext,
  chainIds: readonly number[],
): Promise<SegmentRow[][]> {
  requireViewer(ctx.viewer);
  const rows = await findSegmentsOfChains(ctx.db, chainIds);
  return groupByKey(chainIds, rows, (r) => r.chain_id);
}

export async function feedsOfChains(
  ctx: ServiceContext,
  chainIds: readonly number[],
): Promise<SegmentFeedRow[][]> {
  requireViewer(ctx.viewer);
  const rows = await findFeedsOfChains(ctx.db, chainIds);
  return groupByKey(chainIds, rows, (r) => r.chain_id);
}
