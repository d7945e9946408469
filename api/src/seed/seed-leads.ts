import { inBatches, insertInBatches, withIds } from './batch';
import { must, type SeedContext, type SeededFirm, type SeededUser, segmentId, type Trx } from './context';
import type { CoveragePlan } from './coverage-plan';
import { allSegments } from './data/chain-spec';
import { LEAD_ZONES, type LeadSource, STAGE_SHARES } from './data/lead-plan';
import { type LeadStage, LOST_REASONS } from './data/lead-texts';
import { PROJECT_WORDS } from './data/name-parts';
import type { ChainCode } from './data/zone-profiles';
import { addDays, daysBetween, mondayOf } from './dates';
import { LeadTargets, type SupplyLink } from './lead-targets';
import { buildTimeline, type LeadTimeline } from './lead-timeline';
import type { ProjectPlan } from './project-plan';
import type { ProjectQueue } from './project-queue';
import { createRandom, type Random } from './random';

/** A written lead, with what the project seed needs when it was signed. */
export interface SeededLead {
  id: number;
  zoneCode: string;
  firm: SeededFirm;
  chainCode: ChainCode;
  segmentCodes: string[];
  title: string;
  owner: SeededUser;
  plannedInvestment: number;
  expectedSigningOn: string | null;
  /** Present on SIGNED leads: the plan of the project the signing created. */
  plan: ProjectPlan | null;
}

export interface LeadSeedResult {
  leads: SeededLead[];
  leadSegments: number;
  stageChanges: number;
  activities: number;
}

interface LeadDraft extends Omit<SeededLead, 'id'> {
  zoneId: number;
  stage: LeadStage;
  source: LeadSource;
  fillsGap: boolean;
  lostReason: string | null;
  timeline: LeadTimeline;
}

/** Writes the leads of every staffed zone with their segments, stage histories and activities. */
export async function seedLeads(
  trx: Trx,
  ctx: SeedContext,
  firms: readonly SeededFirm[],
  plans: readonly CoveragePlan[],
  links: readonly SupplyLink[],
  queue: ProjectQueue,
): Promise<LeadSeedResult> {
  const rng = createRandom('leads');
  const drafts: LeadDraft[] = [];
  for (const spec of LEAD_ZONES) {
    const zone = must(ctx.zones, spec.zoneCode);
    const zonePlans = plans.filter((plan) => plan.zoneCode === spec.zoneCode);
    const targets = new LeadTargets(spec.zoneCode, zonePlans, firms, links, rng);
    for (const stage of rng.shuffle(stageQuota(spec.count))) {
      const target = targets.next();
      const chain = must(ctx.chains, target.chainCode);
      const segment = allSegments(chain.spec).find((s) => s.code === target.segmentCode);
      const others = target.firm.segmentCodes.filter((code) => code !== target.segmentCode);
      const plan = stage === 'SIGNED' ? queue.next(spec.zoneCode) : null;
      const lostReason = stage === 'LOST' ? rng.pick(LOST_REASONS) : null;
      const timeline = buildTimeline(
        {
          stage,
          today: ctx.today,
          ...(plan ? { signedOn: plan.signedOn } : {}),
          stalled: rng.chance(0.2),
          texts: {
            firm: target.firm.shortName,
            segment: segment?.name ?? '',
            zone: zone.profile.shortName,
            city: target.firm.city ?? '',
            reason: lostReason ?? '',
          },
        },
        rng,
      );
      drafts.push({
        zoneId: zone.id,
        zoneCode: spec.zoneCode,
        firm: target.firm,
        chainCode: target.chainCode,
        segmentCodes: [
          target.segmentCode,
          ...(others.length > 0 && rng.chance(0.35) ? [rng.pick(others)] : []),
        ],
        title: `${target.firm.shortName}${segment?.name ?? ''}${rng.pick(PROJECT_WORDS)}`,
        owner: must(ctx.users, rng.weighted(spec.owners)),
        // 万元, log-normal around 3亿.
        plannedInvestment: Math.max(1_000, Math.round((30_000 * Math.exp(rng.normal())) / 100) * 100),
        expectedSigningOn: expectedSigning(stage, ctx.today, plan, rng),
        plan,
        stage,
        source: target.source,
        fillsGap: target.fillsGap,
        lostReason,
        timeline,
      });
    }
  }
  const rows = drafts.map((draft) => leadRow(draft, ctx.today, rng));
  const ids = await inBatches(rows, (batch) =>
    trx.insertInto('lead').values(batch).returning('id').execute(),
  );
  const leads = withIds(drafts, ids);
  const leadSegments = leads.flatMap((lead) =>
    lead.segmentCodes.map((code) => ({
      lead_id: lead.id,
      segment_id: segmentId(must(ctx.chains, lead.chainCode), code),
    })),
  );
  const changes = leads.flatMap((lead) =>
    lead.timeline.changes.map((change) => ({
      lead_id: lead.id,
      from_stage: change.from,
      to_stage: change.to,
      changed_by_id: lead.owner.id,
      changed_at: change.at,
      note: change.note,
    })),
  );
  const activities = leads.flatMap((lead) =>
    lead.timeline.activities.map((activity) => ({
      lead_id: lead.id,
      author_id: lead.owner.id,
      kind: activity.kind,
      occurred_at: activity.at,
      summary: activity.summary,
      created_at: activity.at,
    })),
  );
  await insertInBatches(leadSegments, (batch) => trx.insertInto('lead_segment').values(batch).execute());
  await insertInBatches(changes, (batch) => trx.insertInto('lead_stage_change').values(batch).execute());
  await insertInBatches(activities, (batch) => trx.insertInto('activity').values(batch).execute());
  return {
    leads: leads.map(({ zoneId, stage, source, fillsGap, lostReason, timeline, ...lead }) => lead),
    leadSegments: leadSegments.length,
    stageChanges: changes.length,
    activities: activities.length,
  };
}

/** Exact per-stage counts for a zone (rounded shares; LEAD absorbs the rounding). */
function stageQuota(count: number): LeadStage[] {
  const stages = STAGE_SHARES.flatMap(([stage, share]) =>
    Array<LeadStage>(Math.round(count * share)).fill(stage),
  );
  while (stages.length > count) stages.splice(stages.indexOf('LEAD'), 1);
  while (stages.length < count) stages.push('LEAD');
  return stages;
}

function leadRow(draft: LeadDraft, today: string, rng: Random) {
  const { stage, timeline } = draft;
  const open = stage === 'LEAD' || stage === 'CONTACTED' || stage === 'VISITED' || stage === 'NEGOTIATING';
  const big = draft.plannedInvestment >= 100_000;
  const priority =
    big || (draft.fillsGap && rng.chance(0.5))
      ? 'HIGH'
      : draft.plannedInvestment < 10_000 && rng.chance(0.6)
        ? 'LOW'
        : 'MEDIUM';
  const lastChange = timeline.changes[timeline.changes.length - 1];
  let nextFollowUp: string | null = null;
  if (open) nextFollowUp = followUp(today, timeline.lastActivityOn, rng);
  else if (stage === 'PAUSED') nextFollowUp = addDays(today, rng.int(20, 120));
  return {
    zone_id: draft.zoneId,
    firm_id: draft.firm.id,
    title: draft.title,
    stage,
    owner_id: draft.owner.id,
    source: draft.source,
    planned_investment: draft.plannedInvestment,
    priority,
    next_follow_up_on: nextFollowUp,
    expected_signing_on: draft.expectedSigningOn,
    lost_reason: draft.lostReason,
    last_activity_at: timeline.lastActivityAt,
    created_by_id: draft.owner.id,
    created_at: timeline.createdAt,
    updated_at: lastChange?.at ?? timeline.createdAt,
    version: timeline.changes.length,
  };
}

/** Next follow-up of an open lead: some overdue, many this week (today to Sunday), most later. */
function followUp(today: string, lastActivityOn: string, rng: Random): string | null {
  const kind = rng.weighted([
    ['OVERDUE', 0.22],
    ['THIS_WEEK', 0.28],
    ['LATER', 0.4],
    ['NONE', 0.1],
  ] as const);
  if (kind === 'NONE') return null;
  const overdue = addDays(today, -rng.int(1, 21));
  if (kind === 'OVERDUE' && overdue > lastActivityOn) return overdue;
  if (kind === 'LATER') return addDays(today, rng.int(7, 75));
  return addDays(today, rng.int(0, daysBetween(today, addDays(mondayOf(today), 6))));
}

function expectedSigning(
  stage: LeadStage,
  today: string,
  plan: ProjectPlan | null,
  rng: Random,
): string | null {
  if (plan) return addDays(plan.signedOn, rng.int(-20, 20));
  if (stage === 'NEGOTIATING') return addDays(today, rng.int(10, 150));
  if (stage === 'VISITED' && rng.chance(0.5)) return addDays(today, rng.int(60, 240));
  return null;
}
