/** The GraphQL documents the benchmark sends, as the web app would. */

/** Same selection as web/src/graphql/chain-gaps.ts (CHAIN_GAPS_QUERY): what the chain map loads. */
export const CHAIN_GAPS = `query ChainGaps($zoneId: ID!, $chainId: ID!, $candidates: Int!) {
  chainGaps(zoneId: $zoneId, chainId: $chainId) {
    completeness
    zone { id name }
    chain { id name nameEn weakBelow segments { id } feeds { from { id } to { id } } }
    segments {
      segment { id name nameEn stage weight parent { id } }
      status localFirmCount
      localFirms { id name tags }
      hasAnchor brokenLink candidateCount
      candidates(first: $candidates) {
        score
        firm { id name province city tags }
        reasons { code points params { name value } }
        existingLead { id title stage }
      }
    }
  }
}`;

/** The same columns the REST reference route returns. */
export const FIRM = `query Firm($id: ID!) { firm(id: $id) { id uscc name province city tags revenue } }`;

/** The N+1 check: a page of leads with firm, owner, segments and last activity. */
export const LEADS_PAGE = `query Leads($first: Int!) {
  leads(first: $first) {
    totalCount
    edges { node { id title stage lastActivityAt firm { id name } owner { id displayName } segments { id name } } }
  }
}`;

export const TYPENAME = '{ __typename }';

export const CREATE_LEAD = `mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }`;

export function body(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

/** Firm search as the firm picker sends it: a page of 20 with the total. */
export const FIRM_SEARCH = `query FirmSearch($search: String!) {
  firms(search: $search, first: 20) { totalCount edges { node { id name uscc } } }
}`;

/** The peer comparison's list query: 50 firms of a zone with their segments. */
export const ZONE_FIRMS = `query ZoneFirms($zoneId: ID!) {
  firms(zoneId: $zoneId, first: 50) { edges { node { id name segments { id name } } } }
}`;
