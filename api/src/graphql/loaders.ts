import DataLoader from 'dataloader';
import { gapInputWithRows } from '../chain-gaps/chain-gaps.service';
import { chainsByIds, feedsOfChains, segmentsByIds, segmentsOfChains } from '../chains/chain.service';
import type { ServiceContext } from '../context';
import { firmsByIds, segmentsOfFirms } from '../firms/firm.service';
import { leadsByIds, segmentIdsOfLeads } from '../leads/lead.service';
import { createLeadLoaders } from '../leads/lead-loaders';
import { createProjectLoaders } from '../projects/project-loaders';
import { usersByIds } from '../users/user.service';
import { chainIdsOfZones, zonesByIds } from '../zones/zone.service';

/**
 * Per-request batchers for nested fields, so a list of N zones with their chains costs two queries,
 * not N + 1. They call services, never repositories, so access checks stay in one layer.
 */
export function createLoaders(ctx: ServiceContext) {
  const loaders = {
    user: new DataLoader((ids: readonly number[]) => usersByIds(ctx, ids)),
    zone: new DataLoader((ids: readonly number[]) => zonesByIds(ctx, ids)),
    chain: new DataLoader((ids: readonly number[]) => chainsByIds(ctx, ids)),
    segment: new DataLoader((ids: readonly number[]) => segmentsByIds(ctx, ids)),
    segmentsOfChain: new DataLoader((ids: readonly number[]) => segmentsOfChains(ctx, ids)),
    feedsOfChain: new DataLoader((ids: readonly number[]) => feedsOfChains(ctx, ids)),
    chainIdsOfZone: new DataLoader((ids: readonly number[]) => chainIdsOfZones(ctx, ids)),
    firm: new DataLoader((ids: readonly number[]) => firmsByIds(ctx, ids)),
    segmentsOfFirm: new DataLoader((ids: readonly number[]) => segmentsOfFirms(ctx, ids)),
    lead: new DataLoader((ids: readonly number[]) => leadsByIds(ctx, ids)),
    segmentIdsOfLead: new DataLoader((ids: readonly number[]) => segmentIdsOfLeads(ctx, ids)),
    /** One load of a (zone, chain) analysis input per request, keyed `${zoneId}:${chainId}`. */
    gapInput: new DataLoader(
      (keys: readonly string[]) =>
        Promise.all(
          keys.map(async (key) => {
            const [zoneId, chainId] = key.split(':').map(Number);
            try {
              const { input, zone, chain } = await gapInputWithRows(ctx, zoneId!, chainId!);
              // The access check just read them: the report's zone and chain fields need no query.
              loaders.zone.prime(zone.id, zone);
              loaders.chain.prime(chain.id, chain);
              return input;
            } catch (error) {
              return error as Error;
            }
          }),
        ),
      { batch: false },
    ),
    ...createProjectLoaders(ctx),
    ...createLeadLoaders(ctx),
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
