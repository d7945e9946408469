import type { SeededFirm, SeededUser, SeededZone } from './context';
import { GIVEN_CHARS, SURNAMES } from './data/name-parts';
import { LEADER_TITLES, RESPONSIBLE_UNITS } from './data/project-texts';
import { CITY_AREA_CODES } from './data/zone-profiles';
import type { ProjectPlan } from './project-plan';
import { createRandom, type Random } from './random';

export interface ProjectDraft {
  zone: SeededZone;
  firm: SeededFirm;
  leadId: number | null;
  name: string;
  segmentCodes: string[];
  totalInvestment: number;
  plan: ProjectPlan;
  createdBy: SeededUser | null;
}

export interface Leader {
  name: string;
  title: string;
  user: SeededUser | null;
}

/**
 * The accountable leader (挂点领导) of a project: one of the zone's three fictional officials (党工委书记,
 * 管委会主任, 管委会副主任), the same people for all of the zone's projects. Where the zone has a LEADER
 * account, that account is the 书记 and takes every red and yellow project and every third green one,
 * so the leader's digest has content.
 */
export function accountableLeader(
  zone: SeededZone,
  plan: ProjectPlan,
  index: number,
  leaderUser: SeededUser | undefined,
  rng: Random,
): Leader {
  const officials = zoneOfficials(zone);
  if (!leaderUser) return rng.pick(officials);
  if (plan.expected !== 'GREEN' || index % 3 === 0) {
    return { name: leaderUser.displayName, title: leaderUser.title ?? '', user: leaderUser };
  }
  return rng.pick(officials.slice(1));
}

function zoneOfficials(zone: SeededZone): Leader[] {
  const surnames = createRandom(`officials:${zone.code}`).shuffle(SURNAMES);
  return LEADER_TITLES.map(([suffix, title], i) => ({
    name: `${surnames[i] ?? ''}${suffix}`,
    title: title.replace('{zone}', zone.profile.shortName),
    user: null,
  }));
}

/** The money, land and output columns of a project, in 万元 and 亩, consistent with its plan. */
export function projectFigures(draft: ProjectDraft, rng: Random) {
  const total = draft.totalInvestment;
  const output = Math.round(total * (1.2 + rng.next() * 1.3));
  return {
    total_investment: total,
    fixed_asset_investment: Math.round(total * (0.65 + rng.next() * 0.2)),
    investment_to_date: Math.round((total * draft.plan.investedPercent) / 100),
    // Investment intensity of 250-600 万元 per 亩, the range zones ask of industrial land.
    land_mu: Math.min(1_200, Math.max(8, Math.round((10 * total) / rng.int(250, 600)) / 10)),
    expected_annual_output: output,
    expected_annual_tax: Math.round(output * (0.04 + rng.next() * 0.04)),
  };
}

/** A fictional contact person with a number that cannot exist (local numbers never start with 0). */
export function projectContact(zone: SeededZone, rng: Random) {
  const given = rng.chance(0.5) ? rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS);
  const area = CITY_AREA_CODES[zone.city] ?? '0311';
  return {
    contact_name: `${rng.pick(SURNAMES)}${given}`,
    contact_phone: `${area}-0000${rng.int(1000, 9999)}`,
  };
}

/** The zone unit responsible for pushing the project (责任单位). */
export function responsibleUnit(zone: SeededZone, rng: Random): string {
  return `${zone.profile.shortName}${rng.pick(RESPONSIBLE_UNITS)}`;
}
