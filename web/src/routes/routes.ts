import type { Role } from '../graphql/enums.ts';
import type { MessageKey } from '../lib/i18n/zh-CN.ts';

/** Areas of the product that are in the navigation but not built yet. */
export type UnbuiltArea = 'admin';

export type Route =
  | { id: 'login' }
  | { id: 'home' }
  | { id: 'dashboard' }
  | { id: 'ranking' }
  | { id: 'zones' }
  | { id: 'chains' }
  | { id: 'chain'; chainId: string }
  | { id: 'chainMap' }
  | { id: 'leads' }
  | { id: 'lead'; leadId: string }
  | { id: 'leadsBin' }
  | { id: 'myDay' }
  | { id: 'projects' }
  | { id: 'project'; projectId: string }
  | { id: 'myProjects' }
  | { id: 'supplyNetwork'; firmId: string }
  | { id: 'firms' }
  | { id: 'imports' }
  | { id: 'settings' }
  | { id: 'digests' }
  | { id: 'digestPreview' }
  | { id: 'unbuilt'; area: UnbuiltArea }
  | { id: 'notFound' };

const UNBUILT_PATHS: Record<string, UnbuiltArea> = {
  '/admin': 'admin',
};

/**
 * Maps a URL path to a route. Trailing slashes are ignored.
 *
 * @example
 * matchRoute('/chains/7'); // { id: 'chain', chainId: '7' }
 */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
      return { id: 'home' };
    case '/login':
      return { id: 'login' };
    case '/dashboard':
      return { id: 'dashboard' };
    case '/ranking':
      return { id: 'ranking' };
    case '/zones':
      return { id: 'zones' };
    case '/chains':
      return { id: 'chains' };
    case '/chain-map':
      return { id: 'chainMap' };
    case '/leads':
      return { id: 'leads' };
    case '/leads/bin':
      return { id: 'leadsBin' };
    case '/my-day':
      return { id: 'myDay' };
    case '/projects':
      return { id: 'projects' };
    case '/my-projects':
      return { id: 'myProjects' };
    case '/settings':
      return { id: 'settings' };
    case '/digests':
      return { id: 'digests' };
    case '/digests/preview':
      return { id: 'digestPreview' };
    case '/firms':
      return { id: 'firms' };
    case '/imports':
      return { id: 'imports' };
  }
  const unbuilt = UNBUILT_PATHS[path];
  if (unbuilt) return { id: 'unbuilt', area: unbuilt };
  const chain = /^\/chains\/([^/]+)$/.exec(path);
  if (chain?.[1]) {
    const chainId = decodePathPart(chain[1]);
    return chainId === undefined ? { id: 'notFound' } : { id: 'chain', chainId };
  }
  const lead = /^\/leads\/([^/]+)$/.exec(path);
  if (lead?.[1]) {
    const leadId = decodePathPart(lead[1]);
    return leadId === undefined ? { id: 'notFound' } : { id: 'lead', leadId };
  }
  const project = /^\/projects\/([^/]+)$/.exec(path);
  if (project?.[1]) {
    const projectId = decodePathPart(project[1]);
    return projectId === undefined ? { id: 'notFound' } : { id: 'project', projectId };
  }
  const network = /^\/supply-network\/([^/]+)$/.exec(path);
  if (network?.[1]) {
    const firmId = decodePathPart(network[1]);
    return firmId === undefined ? { id: 'notFound' } : { id: 'supplyNetwork', firmId };
  }
  return { id: 'notFound' };
}

function decodePathPart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * The link to a firm's supply network (reached from links, not from the navigation).
 *
 * @example
 * supplyNetworkHref('1142'); // '/supply-network/1142'
 */
export function supplyNetworkHref(firmId: string): string {
  return `/supply-network/${encodeURIComponent(firmId)}`;
}

/** The link to a project's page. */
export function projectHref(projectId: string): string {
  return `/projects/${encodeURIComponent(projectId)}`;
}

/** Where `/` and a sign-in without a destination lead: the dashboard, the landing page of zone users. */
export const HOME_PATH = '/dashboard';

export interface NavItem {
  href: string;
  label: MessageKey;
  /** Shown only to administrators. */
  adminOnly?: boolean;
  /** Shown only to these roles (other users can still open the page from a link). */
  roles?: readonly Role[];
}

/** Whether a navigation entry is offered to a user of this role. */
export function showsNavItem(item: NavItem, role: Role): boolean {
  if (item.adminOnly && role !== 'ADMIN') return false;
  return !item.roles || item.roles.includes(role);
}

export interface NavGroup {
  label: MessageKey;
  items: NavItem[];
}

/** The whole product's navigation, in the order users work through it. */
export const NAV_GROUPS: NavGroup[] = [
  {
    label: 'nav.groupWork',
    items: [
      { href: '/dashboard', label: 'nav.dashboard' },
      { href: '/ranking', label: 'nav.ranking' },
      { href: '/chain-map', label: 'nav.chainMap' },
      { href: '/my-day', label: 'nav.myDay' },
      { href: '/leads', label: 'nav.leads' },
      { href: '/projects', label: 'nav.projects' },
      { href: '/my-projects', label: 'nav.myProjects', roles: ['LEADER'] },
    ],
  },
  {
    label: 'nav.groupReference',
    items: [
      { href: '/firms', label: 'nav.firms' },
      { href: '/imports', label: 'nav.imports', roles: ['OFFICER', 'ZONE_MANAGER', 'ADMIN'] },
      { href: '/zones', label: 'nav.zones' },
      { href: '/chains', label: 'nav.chains' },
    ],
  },
  {
    label: 'nav.groupSystem',
    items: [
      { href: '/admin', label: 'nav.admin', adminOnly: true },
      { href: '/digests', label: 'nav.digests', adminOnly: true },
      { href: '/settings', label: 'nav.settings' },
    ],
  },
];

/** The page title's message for a route (the login page has its own). */
export function routeTitle(route: Route): MessageKey {
  switch (route.id) {
    case 'login':
      return 'login.title';
    case 'home':
    case 'dashboard':
      return 'nav.dashboard';
    case 'ranking':
      return 'nav.ranking';
    case 'zones':
      return 'nav.zones';
    case 'chains':
    case 'chain':
      return 'nav.chains';
    case 'chainMap':
      return 'nav.chainMap';
    case 'leads':
    case 'lead':
      return 'nav.leads';
    case 'leadsBin':
      return 'leadBin.title';
    case 'myDay':
      return 'nav.myDay';
    case 'projects':
    case 'project':
      return 'nav.projects';
    case 'myProjects':
      return 'nav.myProjects';
    case 'supplyNetwork':
      return 'supply.title';
    case 'firms':
      return 'nav.firms';
    case 'imports':
      return 'nav.imports';
    case 'settings':
      return 'nav.settings';
    case 'digests':
      return 'nav.digests';
    case 'digestPreview':
      return 'digestPreview.title';
    case 'unbuilt':
      return `nav.${route.area}`;
    case 'notFound':
      return 'notFound.title';
  }
}
