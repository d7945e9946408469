import type { ChainInput } from '@lianzhao/graph';
import type { Kysely } from 'kysely';
import { findChainsByIds, findFeedsOfChains, findSegmentsOfChains } from '../chains/chain.repository';
import type { Database } from '../db/schema';
import { shanghaiDate } from '../projects/rag';
import { findZoneChainIds } from '../zones/zone.repository';
import { chainCompletenessOn, chainInputOf, type LocalChainFirm } from './chain-completeness';
import {
  computeMetrics,
  type FirmFacts,
  type LeadFacts,
  type MetricValues,
  type Period,
  type ProjectFacts,
} from './metric-definitions';
import { findFirmFacts, findLeadFacts, findLocalChainFirms, findProjectFacts } from './metrics.repository';

/** What the metrics of a set of zones are computed from, loaded once for any number of periods. */
export interface MetricSource {
  projects: Map<number, ProjectFacts[]>;
  leads: Map<number, LeadFacts[]>;
  firms: Map<number, FirmFacts[]>;
  /** The chains each zone pursues, with its local firms of each. */
  chains: Map<number, { chainId: number; input: ChainInput; firms: LocalChainFirm[] }[]>;
}

/** One zone's metrics for a period, and the completeness of each chain it pursues. */
export interface ZoneMetrics {
  values: MetricValues;
  chains: { chainId: number; completeness: number }[];
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Loads the facts of the zones: their projects, leads, local firms and pursued chains. A fixed number
 * of queries whatever the number of zones; the caller has checked the viewer may see them.
 */
export async function loadMetricSource(
  db: Kysely<Database>,
  zoneIds: readonly number[],
): Promise<MetricSource> {
  const [projectRows, leadRows, firmRows, zoneChains] = await Promise.all([
    findProjectFacts(db, zoneIds),
    findLeadFacts(db, zoneIds),
    findFirmFacts(db, zoneIds),
    findZoneChainIds(db, zoneIds),
  ]);
  const chainIds = [...new Set(zoneChains.map((zc) => zc.chain_id))];
  const [chainRows, segments, feeds, chainFirms] = await Promise.all([
    findChainsByIds(db, chainIds),
    findSegmentsOfChains(db, chainIds),
    findFeedsOfChains(db, chainIds),
    findLocalChainFirms(db, zoneIds, chainIds),
  ]);

  const source: MetricSource = { projects: new Map(), leads: new Map(), firms: new Map(), chains: new Map() };
  for (const p of projectRows) {
    push(source.projects, p.zone_id, {
      id: p.id,
      zoneId: p.zone_id,
      totalInvestment: p.total_investment,
      investmentToDate: p.investment_to_date,
      landMu: p.land_mu,
      signedOn: p.signed_on,
      constructionStartedOn: p.construction_started_on,
      productionStartedOn: p.production_started_on,
    });
  }
  for (const l of leadRows) {
    push(source.leads, l.zone_id, {
      id: l.id,
      zoneId: l.zone_id,
      stage: l.stage,
      plannedInvestment: l.planned_investment,
      createdOn: shanghaiDate(l.created_at),
      signedOn: l.signed_at && shanghaiDate(l.signed_at),
    });
  }
  for (const f of firmRows) {
    push(source.firms, f.zone_id, {
      zoneId: f.zone_id,
      tags: f.tags,
      recordedOn: shanghaiDate(f.created_at),
    });
  }
  const inputs = new Map(
    chainRows.map((c) => [
      c.id,
      chainInputOf(
        c.id,
        c.weak_below,
        segments.filter((s) => s.chain_id === c.id),
        feeds.filter((f) => f.chain_id === c.id),
      ),
    ]),
  );
  for (const { zone_id, chain_id } of zoneChains) {
    const input = inputs.get(chain_id);
    if (!input) continue;
    const firms = chainFirms
      .filter((f) => f.zone_id === zone_id && f.chain_id === chain_id)
      .map((f) => ({ id: f.id, segmentIds: f.segment_ids, recordedOn: shanghaiDate(f.created_at) }));
    push(source.chains, zone_id, { chainId: chain_id, input, firms });
  }
  return source;
}

/**
 * A zone's metrics for a period (see metric-definitions.ts). `current` says the period ends today:
 * only then are current-state metrics (资金到位率) filled in.
 */
export function zoneMetricsFor(
  source: MetricSource,
  zoneId: number,
  period: Period,
  current: boolean,
): ZoneMetrics {
  const chains = (source.chains.get(zoneId) ?? []).map((c) => ({
    chainId: c.chainId,
    completeness: chainCompletenessOn(c.input, zoneId, c.firms, period.to),
  }));
  const values = computeMetrics(
    {
      projects: source.projects.get(zoneId) ?? [],
      leads: source.leads.get(zoneId) ?? [],
      firms: source.firms.get(zoneId) ?? [],
      chainCompleteness: chains.map((c) => c.completeness),
      current,
    },
    period,
  );
  return { values, chains };
}
