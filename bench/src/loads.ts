import type { Subjects } from './bench-setup';
import type { Load } from './measure';
import type { PostGraphilePeer } from './peer';
import { body, CHAIN_GAPS, FIRM, FIRM_SEARCH, ZONE_FIRMS } from './queries';

export type LoadSpec = Omit<Load, 'seconds'>;

/**
 * The loads `pnpm bench` puts on the API, by name (`--only` takes these names). Each run measures
 * them in this order, so the figures a ratio compares are taken side by side.
 */
export function benchLoads(options: {
  baseUrl: string;
  headers: Record<string, string>;
  subjects: Subjects;
  gapVariables: Record<string, unknown>;
  peer: PostGraphilePeer | null;
}) {
  const { baseUrl, headers, subjects, gapVariables, peer } = options;
  const post = (bodies: string[], connections = 1): LoadSpec => ({
    url: `${baseUrl}/graphql`,
    method: 'POST',
    headers,
    bodies,
    connections,
  });
  const get = (paths: string[], connections = 1): LoadSpec => ({
    url: baseUrl,
    method: 'GET',
    headers,
    paths,
    connections,
  });
  const firmBodies = subjects.firmIds.map((id) => body(FIRM, { id: String(id) }));
  const firmPaths = subjects.firmIds.map((id) => `/bench/firm/${id}`);
  const loads: Record<string, LoadSpec> = {
    chainGaps: post([body(CHAIN_GAPS, gapVariables)]),
    gapRowsSql: get([`/bench/gap-rows?zoneId=${subjects.zoneId}&chainId=${subjects.chainId}`]),
    firmGraphql1: post(firmBodies),
    firmRest1: get(firmPaths),
    firmGraphql16: post(firmBodies, 16),
    firmRest16: get(firmPaths, 16),
    // Search terms that occur in generated names: a pair of name characters, their pinyin initials
    // after a city (保定瑞达 → bdrd), and whole USCCs.
    searchSubstring: post(['瑞达', '华鑫', '恒源', '科博'].map((search) => body(FIRM_SEARCH, { search }))),
    searchInitials: post(['bdrd', 'tshx', 'sjzhy', 'lfkb'].map((search) => body(FIRM_SEARCH, { search }))),
    searchUscc: post(subjects.usccs.map((search) => body(FIRM_SEARCH, { search }))),
    zoneFirms16: post([body(ZONE_FIRMS, { zoneId: String(subjects.zoneId) })], 16),
  };
  if (peer) {
    // The same list from PostGraphile, right after Lianzhao's.
    loads.peerZoneFirms16 = {
      url: peer.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      bodies: [JSON.stringify({ query: peer.query, variables: peer.variables(subjects.zoneId) })],
      connections: 16,
    };
  }
  return loads;
}
