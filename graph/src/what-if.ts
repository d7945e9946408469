import { buildChainGraph, segmentsCountedFor } from './chain-graph.ts';
import { countOf, coveredWeight, indexLocalFirms, ratioOfTotalWeight } from './coverage.ts';
import type { ChainGapInput } from './types.ts';

export interface WhatIf {
  before: number;
  after: number;
}

/** What the what-if needs; a full `ChainGapInput` fits. */
export type WhatIfInput = Pick<ChainGapInput, 'zoneId' | 'chain' | 'firms'>;

/**
 * Completeness of the zone's chain now, and if the lead's firm became local (its "chain value").
 * A firm that is already local, or that operates in none of the chain's segments (or is not in the
 * input at all), leaves completeness unchanged.
 *
 * @example
 * whatIfCompleteness(input, lead.firmId); // { before: 0.6, after: 0.8 }
 */
export function whatIfCompleteness(input: WhatIfInput, leadFirmId: number): WhatIf {
  return whatIfCompletenessForFirms(input, [leadFirmId]).get(leadFirmId)!;
}

/**
 * The what-if for many lead firms at once, for a list of leads each showing its chain value.
 * Coverage is indexed once; each firm then only adds the weight of the MISSING segments it would
 * cover, so the cost is O(firms + leads × segments per firm × depth), not one full analysis per lead.
 *
 * @example
 * whatIfCompletenessForFirms(input, [40, 41]).get(41); // { before: 0.6, after: 0.6 }
 */
export function whatIfCompletenessForFirms(
  input: WhatIfInput,
  firmIds: readonly number[],
): Map<number, WhatIf> {
  const graph = buildChainGraph(input.chain);
  const index = indexLocalFirms(graph, input.firms, input.zoneId);
  const covered = coveredWeight(graph, (id) => countOf(index, id) > 0);
  const before = ratioOfTotalWeight(graph, covered);
  const firmsById = new Map(input.firms.map((firm) => [firm.id, firm]));

  const results = new Map<number, WhatIf>();
  for (const firmId of firmIds) {
    const firm = firmsById.get(firmId);
    if (!firm || firm.zoneId === input.zoneId) {
      results.set(firmId, { before, after: before });
      continue;
    }
    const filled = segmentsCountedFor(graph, firm.segmentIds).filter((id) => countOf(index, id) === 0);
    const added = filled.reduce((sum, id) => sum + graph.segments.get(id)!.weight, 0);
    results.set(firmId, { before, after: ratioOfTotalWeight(graph, covered + added) });
  }
  return results;
}
