import { LEAD_SOURCES, LEAD_STAGES, type LeadStage, PRIORITIES } from '../../graphql/enums.ts';
import type { LeadView } from '../../graphql/lead-views.ts';
import {
  FOLLOW_UP_FILTERS,
  LEAD_ORDER_FIELDS,
  type LeadConnection,
  type LeadFilter,
  type LeadListItem,
  type LeadOrder,
} from '../../graphql/leads.ts';

/** The two ways the leads page shows the pipeline. */
export type LeadsViewMode = 'board' | 'table';

/**
 * The page's state as the URL keeps it, so a link (or the back button) brings the same view back:
 * `/leads?view=table&stage=CONTACTED&owner=mine&sort=NEXT_FOLLOW_UP_ON.ASC&search=隔膜`.
 * Empty strings mean "no filter".
 */
export interface LeadListQuery {
  view: LeadsViewMode;
  stage: LeadStage | '';
  /** '' (everyone), 'mine', or a user id. */
  owner: string;
  chain: string;
  segment: string;
  source: (typeof LEAD_SOURCES)[number] | '';
  priority: (typeof PRIORITIES)[number] | '';
  stalled: '' | 'yes' | 'no';
  followUp: (typeof FOLLOW_UP_FILTERS)[number] | '';
  search: string;
  /** '' is the API's default order (most recently updated first). */
  sort: LeadOrder | null;
}

export const EMPTY_LEAD_QUERY: LeadListQuery = {
  view: 'board',
  stage: '',
  owner: '',
  chain: '',
  segment: '',
  source: '',
  priority: '',
  stalled: '',
  followUp: '',
  search: '',
  sort: null,
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | '' {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';
}

/** Ids are decimal strings; anything else in the URL is ignored rather than sent to the API. */
function idOrEmpty(value: string | null): string {
  return value && /^\d{1,18}$/.test(value) ? value : '';
}

export function parseSort(value: string | null): LeadOrder | null {
  if (!value) return null;
  const [field = '', direction] = value.split('.');
  const known = oneOf(LEAD_ORDER_FIELDS, field);
  if (!known) return null;
  return { field: known, direction: direction === 'ASC' ? 'ASC' : 'DESC' };
}

/**
 * Reads the page's state from the query string; unknown values are dropped. Without `view` the
 * view the user last chose (remembered on this device) applies.
 */
export function parseLeadListQuery(
  query: URLSearchParams,
  rememberedView: LeadsViewMode = 'board',
): LeadListQuery {
  const view = query.get('view');
  const owner = query.get('owner');
  const stalled = query.get('stalled');
  return {
    view: view === 'table' || view === 'board' ? view : rememberedView,
    stage: oneOf(LEAD_STAGES, query.get('stage')),
    owner: owner === 'mine' ? 'mine' : idOrEmpty(owner),
    chain: idOrEmpty(query.get('chain')),
    segment: idOrEmpty(query.get('segment')),
    source: oneOf(LEAD_SOURCES, query.get('source')),
    priority: oneOf(PRIORITIES, query.get('priority')),
    stalled: stalled === 'yes' || stalled === 'no' ? stalled : '',
    followUp: oneOf(FOLLOW_UP_FILTERS, query.get('followUp')),
    search: query.get('search') ?? '',
    sort: parseSort(query.get('sort')),
  };
}

/** The URL of a state; only what is set is written (the view always, so it is shareable). */
export function leadListHref(query: LeadListQuery): string {
  const params = new URLSearchParams();
  params.set('view', query.view);
  if (query.stage) params.set('stage', query.stage);
  if (query.owner) params.set('owner', query.owner);
  if (query.chain) params.set('chain', query.chain);
  if (query.segment) params.set('segment', query.segment);
  if (query.source) params.set('source', query.source);
  if (query.priority) params.set('priority', query.priority);
  if (query.stalled) params.set('stalled', query.stalled);
  if (query.followUp) params.set('followUp', query.followUp);
  if (query.search.trim()) params.set('search', query.search.trim());
  if (query.sort) params.set('sort', `${query.sort.field}.${query.sort.direction}`);
  return `/leads?${params.toString()}`;
}

/**
 * The API filter for the page's filters; empty ones are left out. The board ignores the stage
 * filter (its columns are the stages), so it asks with `withStage: false`.
 */
export function toLeadFilter(query: LeadListQuery, withStage = true): LeadFilter {
  const filter: LeadFilter = {};
  if (withStage && query.stage) filter.stages = [query.stage];
  if (query.owner === 'mine') filter.mine = true;
  else if (query.owner) filter.ownerId = query.owner;
  if (query.chain) filter.chainId = query.chain;
  if (query.segment) filter.segmentId = query.segment;
  if (query.source) filter.sources = [query.source];
  if (query.priority) filter.priorities = [query.priority];
  if (query.stalled) filter.stalled = query.stalled === 'yes';
  if (query.followUp) filter.followUp = query.followUp;
  const search = query.search.trim();
  if (search) filter.search = search;
  return filter;
}

/**
 * The export file of the table's filter (`/exports/leads.xlsx|csv`, the same parameters as the
 * `leads` query; lists comma-joined), with English headers for an English page.
 *
 * @example leadsExportHref({ stages: ['VISITED'], mine: true }, 'csv', 'en')
 * // '/exports/leads.csv?stages=VISITED&mine=true&locale=en'
 */
export function leadsExportHref(filter: LeadFilter, format: 'xlsx' | 'csv', locale: 'zh-CN' | 'en'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  if (locale === 'en') params.set('locale', 'en');
  const query = params.toString();
  return `/exports/leads.${format}${query ? `?${query}` : ''}`;
}

/** Whether any filter (not the view or the sort) is set. */
export function isFiltering(query: LeadListQuery): boolean {
  return Object.keys(toLeadFilter(query)).length > 0;
}

/**
 * The next sort when a column header is clicked: that column descending first (largest, newest,
 * highest first), then ascending, then back to the default order.
 */
export function nextSort(current: LeadOrder | null, field: LeadOrder['field']): LeadOrder | null {
  if (current?.field !== field) return { field, direction: 'DESC' };
  if (current.direction === 'DESC') return { field, direction: 'ASC' };
  return null;
}

/** The page state a saved view stands for (the view mode stays as it is). */
export function queryFromView(view: LeadView, mode: LeadsViewMode): LeadListQuery {
  let filter: LeadFilter = {};
  try {
    const parsed: unknown = JSON.parse(view.filterJson);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) filter = parsed as LeadFilter;
  } catch {
    // A view the API stored is valid JSON; if not, it opens as "no filter" rather than failing.
  }
  const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    view: mode,
    stage: oneOf(LEAD_STAGES, str(filter.stages?.[0])),
    owner: filter.mine ? 'mine' : idOrEmpty(str(filter.ownerId)),
    chain: idOrEmpty(str(filter.chainId)),
    segment: idOrEmpty(str(filter.segmentId)),
    source: oneOf(LEAD_SOURCES, str(filter.sources?.[0])),
    priority: oneOf(PRIORITIES, str(filter.priorities?.[0])),
    stalled: filter.stalled === true ? 'yes' : filter.stalled === false ? 'no' : '',
    followUp: oneOf(FOLLOW_UP_FILTERS, str(filter.followUp)),
    search: str(filter.search) ?? '',
    sort: view.orderField ? { field: view.orderField, direction: view.orderDirection ?? 'DESC' } : null,
  };
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

/** The link to a lead's page. */
export function leadHref(leadId: string): string {
  return `/leads/${encodeURIComponent(leadId)}`;
}
