import { describe, expect, it } from 'vitest';
import {
  matchRoute,
  NAV_GROUPS,
  projectHref,
  routeTitle,
  showsNavItem,
  supplyNetworkHref,
} from './routes.ts';

describe('matchRoute', () => {
  it('maps the product’s paths to routes', () => {
    expect(matchRoute('/')).toEqual({ id: 'home' });
    expect(matchRoute('/login')).toEqual({ id: 'login' });
    expect(matchRoute('/zones')).toEqual({ id: 'zones' });
    expect(matchRoute('/chain-map')).toEqual({ id: 'chainMap' });
    expect(matchRoute('/leads')).toEqual({ id: 'leads' });
    expect(matchRoute('/projects')).toEqual({ id: 'projects' });
    expect(matchRoute('/my-projects')).toEqual({ id: 'myProjects' });
    expect(matchRoute('/firms')).toEqual({ id: 'firms' });
  });

  it('reads a chain id, decoded', () => {
    expect(matchRoute('/chains/7')).toEqual({ id: 'chain', chainId: '7' });
    expect(matchRoute('/chains/a%20b')).toEqual({ id: 'chain', chainId: 'a b' });
  });

  it('reads a supply network’s firm id, decoded', () => {
    expect(matchRoute('/supply-network/1142')).toEqual({ id: 'supplyNetwork', firmId: '1142' });
    expect(matchRoute('/supply-network/a%2Fb/')).toEqual({ id: 'supplyNetwork', firmId: 'a/b' });
    expect(matchRoute('/supply-network')).toEqual({ id: 'notFound' });
    expect(matchRoute('/supply-network/%E0%A4%A')).toEqual({ id: 'notFound' });
  });

  it('reads a lead id, and knows the bin and My day', () => {
    expect(matchRoute('/leads/42')).toEqual({ id: 'lead', leadId: '42' });
    expect(matchRoute('/leads/bin')).toEqual({ id: 'leadsBin' });
    expect(matchRoute('/leads/bin/')).toEqual({ id: 'leadsBin' });
    expect(matchRoute('/my-day')).toEqual({ id: 'myDay' });
    expect(matchRoute('/leads/42/history')).toEqual({ id: 'notFound' });
    expect(matchRoute('/leads/%E0%A4%A')).toEqual({ id: 'notFound' });
  });

  it('ignores trailing slashes', () => {
    expect(matchRoute('/leads/')).toEqual({ id: 'leads' });
    expect(matchRoute('/chains/7//')).toEqual({ id: 'chain', chainId: '7' });
  });

  it('answers not found for unknown paths and undecodable ids', () => {
    expect(matchRoute('/nowhere')).toEqual({ id: 'notFound' });
    expect(matchRoute('/chains/7/segments')).toEqual({ id: 'notFound' });
    expect(matchRoute('/chains/%E0%A4%A')).toEqual({ id: 'notFound' });
  });
});

describe('routeTitle', () => {
  it('titles every navigation entry after its label', () => {
    for (const item of NAV_GROUPS.flatMap((group) => group.items)) {
      expect(routeTitle(matchRoute(item.href))).toBe(item.label);
    }
  });
});

describe('supplyNetworkHref', () => {
  it('links to a firm’s supply network, and back to the same route', () => {
    expect(supplyNetworkHref('1142')).toBe('/supply-network/1142');
    expect(matchRoute(supplyNetworkHref('a/b'))).toEqual({ id: 'supplyNetwork', firmId: 'a/b' });
  });

  it('keeps the supply network out of the navigation', () => {
    const hrefs = NAV_GROUPS.flatMap((group) => group.items.map((item) => item.href));
    expect(hrefs.some((href) => href.startsWith('/supply-network'))).toBe(false);
  });
});

describe('projectHref', () => {
  it('links to a project’s page, and back to the same route', () => {
    expect(projectHref('43')).toBe('/projects/43');
    expect(matchRoute(projectHref('a/b'))).toEqual({ id: 'project', projectId: 'a/b' });
    expect(matchRoute('/projects/43/')).toEqual({ id: 'project', projectId: '43' });
  });
});

describe('showsNavItem', () => {
  it('offers the leader’s page to leaders only, and the admin area to admins only', () => {
    const items = NAV_GROUPS.flatMap((group) => group.items);
    const mine = items.find((item) => item.href === '/my-projects');
    const admin = items.find((item) => item.href === '/admin');
    if (!mine || !admin) throw new Error('navigation entries missing');
    expect(showsNavItem(mine, 'LEADER')).toBe(true);
    expect(showsNavItem(mine, 'OFFICER')).toBe(false);
    expect(showsNavItem(admin, 'ADMIN')).toBe(true);
    expect(showsNavItem(admin, 'ZONE_MANAGER')).toBe(false);
  });
});
