import { must, type SeededChain, type SeededSegment, type SeededZone, segmentId, type Trx } from './context';
import type { SegmentSpec } from './data/chain-spec';
import { DEMO_CHAINS } from './data/chains';
import type { ChainCode } from './data/zone-profiles';
import { at } from './dates';

export interface ChainSeedResult {
  chains: Map<ChainCode, SeededChain>;
  segments: number;
  feeds: number;
  zoneChains: number;
}

/** Writes the chains, their segment trees, the feed links and which zones pursue which chains. */
export async function seedChains(
  trx: Trx,
  zones: ReadonlyMap<string, SeededZone>,
  createdOn: string,
): Promise<ChainSeedResult> {
  const createdAt = at(createdOn, 9);
  const chains = new Map<ChainCode, SeededChain>();
  let segmentCount = 0;
  let feedCount = 0;
  for (const spec of DEMO_CHAINS) {
    const chain = await trx
      .insertInto('chain')
      .values({
        code: spec.code,
        name: spec.name,
        name_en: spec.nameEn,
        description: spec.description,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const segments = new Map<string, SeededSegment>();
    // Parents first, so children can refer to their ids.
    const insertLevel = async (specs: readonly SegmentSpec[], parent: SeededSegment | null) => {
      if (specs.length === 0) return;
      const rows = specs.map((segment, position) => ({
        chain_id: chain.id,
        parent_id: parent?.id ?? null,
        code: segment.code,
        name: segment.name,
        name_en: segment.nameEn,
        stage: segment.stage,
        weight: segment.weight,
        position,
        created_at: createdAt,
        updated_at: createdAt,
      }));
      const ids = await trx.insertInto('segment').values(rows).returning('id').execute();
      specs.forEach((segment, i) => {
        const id = ids[i]?.id;
        if (id === undefined) throw new Error(`segment ${segment.code} got no id`);
        segments.set(segment.code, { id, spec: segment, parentCode: parent?.spec.code ?? null });
      });
    };
    await insertLevel(spec.segments, null);
    for (const top of spec.segments) await insertLevel(top.children, segments.get(top.code) ?? null);
    const seeded: SeededChain = { id: chain.id, spec, segments };
    const feeds = spec.feeds.map(([from, to]) => ({
      chain_id: chain.id,
      from_segment_id: segmentId(seeded, from),
      to_segment_id: segmentId(seeded, to),
    }));
    await trx.insertInto('segment_feed').values(feeds).execute();
    chains.set(spec.code, seeded);
    segmentCount += segments.size;
    feedCount += feeds.length;
  }
  const zoneChains = [...zones.values()].flatMap((zone) =>
    zone.profile.chains.map((code) => ({
      zone_id: zone.id,
      chain_id: must(chains, code).id,
      created_at: createdAt,
    })),
  );
  await trx.insertInto('zone_chain').values(zoneChains).execute();
  return { chains, segments: segmentCount, feeds: feedCount, zoneChains: zoneChains.length };
}
