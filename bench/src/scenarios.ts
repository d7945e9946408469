import { readFileSync } from 'node:fs';
import type { Subjects } from './bench-setup';
import { percentile } from './measure';
import {
  body,
  CHAIN_GAPS,
  CREATE_LEAD,
  FIRM,
  FIRM_SEARCH,
  LEADS_PAGE,
  TYPENAME,
  ZONE_FIRMS,
} from './queries';

async function post(base: string, headers: Record<string, string>, document: string, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers,
    body: body(document, variables),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors) throw new Error(`GraphQL error: ${JSON.stringify(json.errors)}`);
  return json.data!;
}

async function statementsSinceLastAsk(base: string): Promise<string[]> {
  const response = await fetch(`${base}/bench/statements`);
  return ((await response.json()) as { kinds: string[] }).kinds;
}

/**
 * SQL statements one request costs, counted by the bench server's Kysely plugin (never timed).
 * Authentication is counted apart (a `{ __typename }` request); each count is the lower of two
 * tries, because the token's last-used time is written at most once a minute.
 */
export async function countStatements(base: string, headers: Record<string, string>) {
  const count = async (document: string, variables = {}) => {
    let fewest: string[] | undefined;
    for (let i = 0; i < 2; i++) {
      await statementsSinceLastAsk(base);
      await post(base, headers, document, variables);
      const kinds = await statementsSinceLastAsk(base);
      if (!fewest || kinds.length < fewest.length) fewest = kinds;
    }
    return fewest!;
  };
  const auth = await count(TYPENAME);
  const first10 = await count(LEADS_PAGE, { first: 10 });
  const first100 = await count(LEADS_PAGE, { first: 100 });
  return {
    auth: auth.length,
    first10: first10.length - auth.length,
    first100: first100.length - auth.length,
    /** What leads(first: 100) sent, authentication first. */
    first100Statements: first100,
  };
}

/**
 * A write that changes the analysis (a new open lead of the zone on a firm of the chain, through the
 * createLead mutation like a user), then the chainGaps query timed alone. Returns p50 and max.
 */
export async function timeAfterWrites(
  base: string,
  headers: Record<string, string>,
  subjects: Subjects,
  gapVariables: Record<string, unknown>,
  run: number,
  writes: number,
  created: number[],
): Promise<{ p50: number; max: number }> {
  const times: number[] = [];
  for (let k = 0; k < writes; k++) {
    const firmId = subjects.writeFirmIds[(run - 1) * writes + k];
    if (firmId === undefined) break;
    const data = (await post(base, headers, CREATE_LEAD, {
      input: { zoneId: String(subjects.zoneId), firmId: String(firmId), title: 'pnpm bench write' },
    })) as { createLead: { id: string } };
    created.push(Number(data.createLead.id));
    const started = performance.now();
    await post(base, headers, CHAIN_GAPS, gapVariables);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), max: times[times.length - 1] ?? Number.NaN };
}

const REPO = new URL('../../', import.meta.url);

/** Why the scenarios this version cannot run were skipped (the table prints it). */
export function unsupported() {
  const rootScripts = (
    JSON.parse(readFileSync(new URL('package.json', REPO), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  return {
    postgraphile:
      'needs postgraphile 5 and Node 22 (the npm `node` package) installed in bench/; not installed in this checkout',
    import: rootScripts.import
      ? '`pnpm import` exists; driving it (100,000-firm CSV + row-by-row INSERT baseline) is not written yet'
      : 'no `pnpm import` command yet',
    browser: 'needs a headless Chromium scenario (not written yet)',
  };
}

/** Each load answers without errors once before anything is timed: a fast error is not a result. */
export async function checkResponses(
  base: string,
  headers: Record<string, string>,
  subjects: Subjects,
  gapVariables: Record<string, unknown>,
): Promise<void> {
  await post(base, headers, CHAIN_GAPS, gapVariables);
  const firm = (await post(base, headers, FIRM, { id: String(subjects.firmIds[0]) })) as { firm: unknown };
  if (!firm.firm) throw new Error('firm(id) returned null for a generated firm');
  const rest = await fetch(`${base}/bench/firm/${subjects.firmIds[0]}`, { headers });
  if (rest.status !== 200) throw new Error(`REST reference check failed: ${rest.status}`);
  const found = (await post(base, headers, FIRM_SEARCH, { search: subjects.usccs[0] })) as {
    firms: { totalCount: number };
  };
  if (found.firms.totalCount < 1) throw new Error('firm search by USCC found nothing');
  await post(base, headers, ZONE_FIRMS, { zoneId: String(subjects.zoneId) });
}
