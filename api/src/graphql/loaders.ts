import DataLoader from 'dataloader';
import { chainsByIds, feedsOfChains, segmentsByIds, segmentsOfChains } from '../chains/chain.service';
import type { ServiceContext } from '../context';
import { chainIdsOfZones, zonesByIds } from '../zones/zone.service';

/**
 * Per-request batchers for nested fields, so a list of N zones with their chains costs two queries,
 * not N + 1. They call services, never repositories, so access checks stay in one layer.
 */
export function createLoaders(ctx: ServiceContext) {
  return {
    zone: new DataLoader((ids: readonly number[]) => zonesByIds(ctx, ids)),
    chain: new DataLoader((ids: readonly number[]) => chainsByIds(ctx, ids)),
    segment: new DataLoader((ids: readonly number[]) => segmentsByIds(ctx, ids)),
    segmentsOfChain: new DataLoader((ids: readonly number[]) => segmentsOfChains(ctx, ids)),
    feedsOfChain: new DataLoader((ids: readonly number[]) => feedsOfChains(ctx, ids)),
    chainIdsOfZone: new DataLoader((ids: readonly number[]) => chainIdsOfZones(ctx, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
