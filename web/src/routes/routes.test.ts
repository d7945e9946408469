import { describe, expect, it } from 'vitest';
import { matchRoute, NAV_GROUPS, routeTitle } from './routes.ts';

describe('matchRoute', () => {
  it('maps the product’s paths to routes', () => {
    expect(matchRoute('/')).toEqual({ id: 'home' });
    expect(matchRoute('/login')).toEqual({ id: 'login' });
    expect(matchRoute('/zones')).toEqual({ id: 'zones' });
    expect(matchRoute('/chain-map')).toEqual({ id: 'chainMap' });
    expect(matchRoute('/leads')).toEqual({ id: 'leads' });
    expect(matchRoute('/projects')).toEqual({ id: 'unbuilt', area: 'projects' });
  });

  it('reads a chain id, decoded', () => {
    expect(matchRoute('/chains/7')).toEqual({ id: 'chain', chainId: '7' });
    expect(matchRoute('/chains/a%20b')).toEqual({ id: 'chain', chainId: 'a b' });
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
