import type { Candidate } from '../../graphql/chain-gaps.ts';
import type { CoverageStatus, LeadSource, Priority, Role } from '../../graphql/enums.ts';

/** What "Make a lead" proposes for a candidate; the user may still edit the title. */
export interface LeadDraft {
  title: string;
  source: LeadSource;
  priority: Priority;
}

/** Roles the API lets open leads (analysts are read-only, leaders only follow projects). */
const LEAD_CREATING_ROLES: readonly Role[] = ['OFFICER', 'ZONE_MANAGER', 'ADMIN'];

export function canCreateLeads(role: Role): boolean {
  return LEAD_CREATING_ROLES.includes(role);
}

/**
 * The lead a candidate would become: titled `<firm> · <segment>`; sourced ANCHOR_REFERRAL when the
 * firm already supplies the zone (以商招商: the local buyer can introduce it), else OTHER; HIGH
 * priority when it would fill a MISSING segment.
 *
 * @example
 * leadDraft(candidate, '隔膜', 'MISSING');
 * // { title: '广州示例达盛隔膜股份有限公司 · 隔膜', source: 'ANCHOR_REFERRAL', priority: 'HIGH' }
 */
export function leadDraft(candidate: Candidate, segmentName: string, status: CoverageStatus): LeadDraft {
  const suppliesZone = candidate.reasons.some(
    (reason) => reason.code === 'SUPPLIES_LOCAL_ANCHOR' || reason.code === 'SUPPLIES_LOCAL_FIRM',
  );
  return {
    title: `${candidate.firm.name} · ${segmentName}`,
    source: suppliesZone ? 'ANCHOR_REFERRAL' : 'OTHER',
    priority: status === 'MISSING' ? 'HIGH' : 'MEDIUM',
  };
}

/** The API's limit on a lead title. */
export const LEAD_TITLE_MAX = 200;

/** A title as it will be saved, or undefined when it cannot be (blank or too long). */
export function validLeadTitle(value: string): string | undefined {
  const title = value.trim();
  return title.length > 0 && title.length <= LEAD_TITLE_MAX ? title : undefined;
}
