import { RAG_STATUSES, type RagStatus } from '../../graphql/enums.ts';
import type { ProjectConnection, ProjectFilter, ProjectListItem } from '../../graphql/projects.ts';

/**
 * The ledger's filters as the URL keeps them:
 * `/projects?zone=1&rag=RED,YELLOW&leader=4&unit=…&chain=2&late=yes&search=芯片`.
 */
export interface ProjectListQuery {
  zoneId: string;
  ragStatuses: RagStatus[];
  leaderId: string;
  responsibleUnit: string;
  chainId: string;
  /** '' any, 'yes' only with a late milestone, 'no' only without. */
  milestoneLate: '' | 'yes' | 'no';
  search: string;
}

export const EMPTY_PROJECT_QUERY: ProjectListQuery = {
  zoneId: '',
  ragStatuses: [],
  leaderId: '',
  responsibleUnit: '',
  chainId: '',
  milestoneLate: '',
  search: '',
};

export function parseProjectListQuery(query: URLSearchParams): ProjectListQuery {
  const rag = (query.get('rag') ?? '').split(',');
  const late = query.get('late');
  return {
    zoneId: query.get('zone') ?? '',
    // In the order of RAG_STATUSES, each once, unknown values dropped.
    ragStatuses: RAG_STATUSES.filter((status) => rag.includes(status)),
    leaderId: query.get('leader') ?? '',
    responsibleUnit: query.get('unit') ?? '',
    chainId: query.get('chain') ?? '',
    milestoneLate: late === 'yes' || late === 'no' ? late : '',
    search: query.get('search') ?? '',
  };
}

/**
 * The ledger's link for a set of filters; empty ones are left out.
 *
 * @example
 * projectListHref({ ...EMPTY_PROJECT_QUERY, ragStatuses: ['RED'], search: '芯片' }); // '/projects?rag=RED&search=芯片' (encoded)
 */
export function projectListHref(query: ProjectListQuery): string {
  const params = new URLSearchParams();
  if (query.zoneId) params.set('zone', query.zoneId);
  const rag = RAG_STATUSES.filter((status) => query.ragStatuses.includes(status));
  if (rag.length > 0) params.set('rag', rag.join(','));
  if (query.leaderId) params.set('leader', query.leaderId);
  if (query.responsibleUnit) params.set('unit', query.responsibleUnit);
  if (query.chainId) params.set('chain', query.chainId);
  if (query.milestoneLate) params.set('late', query.milestoneLate);
  if (query.search.trim()) params.set('search', query.search.trim());
  const search = params.toString();
  return search ? `/projects?${search}` : '/projects';
}

/** The API filter for the ledger's filters; empty ones are left out. */
export function toProjectFilter(query: ProjectListQuery): ProjectFilter {
  const filter: ProjectFilter = {};
  if (query.zoneId) filter.zoneId = query.zoneId;
  if (query.ragStatuses.length > 0) filter.ragStatuses = [...query.ragStatuses];
  if (query.leaderId) filter.accountableLeaderId = query.leaderId;
  if (query.responsibleUnit) filter.responsibleUnit = query.responsibleUnit;
  if (query.chainId) filter.chainId = query.chainId;
  if (query.milestoneLate) filter.milestoneLate = query.milestoneLate === 'yes';
  const search = query.search.trim();
  if (search) filter.search = search;
  return filter;
}

/** Toggles one status in the filter, keeping the canonical order. */
export function toggleRagStatus(statuses: readonly RagStatus[], status: RagStatus): RagStatus[] {
  const next = statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
  return RAG_STATUSES.filter((s) => next.includes(s));
}

/** The rows of the pages loaded so far, each project once. */
export function mergeProjectPages(pages: readonly ProjectConnection[]): ProjectListItem[] {
  const seen = new Set<string>();
  const rows: ProjectListItem[] = [];
  for (const page of pages) {
    for (const { node } of page.edges) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      rows.push(node);
    }
  }
  return rows;
}

/**
 * The choices for the leader and unit filters, from the projects in view: each once, sorted.
 */
export function filterChoices(
  projects: readonly {
    accountableLeader: { id: string; displayName: string } | null;
    responsibleUnit: string | null;
  }[],
  localeCode: string,
): { leaders: { id: string; displayName: string }[]; units: string[] } {
  const leaders = new Map<string, { id: string; displayName: string }>();
  const units = new Set<string>();
  for (const project of projects) {
    if (project.accountableLeader) leaders.set(project.accountableLeader.id, project.accountableLeader);
    if (project.responsibleUnit) units.add(project.responsibleUnit);
  }
  const collator = new Intl.Collator(localeCode);
  return {
    leaders: [...leaders.values()].sort((a, b) => collator.compare(a.displayName, b.displayName)),
    units: [...units].sort(collator.compare),
  };
}

/** The weekly sheet for a zone, or for every zone the user may see. */
export function weeklySheetHref(zoneId: string, format: 'xlsx' | 'csv' = 'xlsx'): string {
  const path = `/exports/projects.${format}`;
  return zoneId ? `${path}?zoneId=${encodeURIComponent(zoneId)}` : path;
}
