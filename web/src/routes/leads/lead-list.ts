import { LEAD_STAGES, type LeadStage } from '../../graphql/enums.ts';
import type { LeadConnection, LeadFilter, LeadListItem } from '../../graphql/leads.ts';

/** The list's filters as the URL keeps them: `/leads?stage=CONTACTED&search=隔膜`. */
export interface LeadListQuery {
  stage: LeadStage | '';
  search: string;
}

export function parseLeadListQuery(query: URLSearchParams): LeadListQuery {
  const stage = query.get('stage') ?? '';
  return {
    stage: (LEAD_STAGES as readonly string[]).includes(stage) ? (stage as LeadStage) : '',
    search: query.get('search') ?? '',
  };
}

export function leadListHref(query: LeadListQuery): string {
  const params = new URLSearchParams();
  if (query.stage) params.set('stage', query.stage);
  if (query.search.trim()) params.set('search', query.search.trim());
  const search = params.toString();
  return search ? `/leads?${search}` : '/leads';
}

/** The API filter for the list's filters; empty ones are left out. */
export function toLeadFilter(query: LeadListQuery): LeadFilter {
  const filter: LeadFilter = {};
  if (query.stage) filter.stages = [query.stage];
  const search = query.search.trim();
  if (search) filter.search = search;
  return filter;
}

/**
 * The rows of the pages loaded so far, each lead once (a lead created between two page loads can
 * shift the next page onto one already shown).
 */
export function mergeLeadPages(pages: readonly LeadConnection[]): LeadListItem[] {
  const seen = new Set<string>();
  const rows: LeadListItem[] = [];
  for (const page of pages) {
    for (const { node } of page.edges) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      rows.push(node);
    }
  }
  return rows;
}

/** Stages in which a lead is no longer followed up. */
const CLOSED_STAGES: readonly LeadStage[] = ['SIGNED', 'LOST'];

/**
 * Whether a lead's next follow-up date has passed (dates are calendar days in Asia/Shanghai,
 * 'YYYY-MM-DD', so they compare as strings).
 *
 * @example
 * isFollowUpOverdue({ stage: 'CONTACTED', nextFollowUpOn: '2026-11-01' }, '2026-11-27'); // true
 */
export function isFollowUpOverdue(
  lead: Pick<LeadListItem, 'stage' | 'nextFollowUpOn'>,
  today: string,
): boolean {
  return !!lead.nextFollowUpOn && lead.nextFollowUpOn < today && !CLOSED_STAGES.includes(lead.stage);
}
