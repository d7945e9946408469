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
 * Writes as a user would after looking at the map, each through the API, then the chainGaps query timed
 * alone. Each round writes twice: a new open lead of the zone on a firm of the chain (createLead: read
 * fresh on every request, it changes `existingLead` but not the cached graph snapshot), and a new supply
 * relation from that firm to a local firm of the zone, imported as a one-row CSV through POST
 * /imports/SUPPLY: a write to `supply`, so every instance's graph snapshot is stale and the timed query
 * reloads it. After the timing the import is undone (undoImport, itself such a write) so the benchmark
 * database keeps no supply it invented; the leads are removed when the run ends. Returns p50 and max.
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
  const firmFacts = 'query FirmFacts($id: ID!) { firm(id: $id) { name uscc } }';
  const localFirms = `query LocalFirms($zoneId: ID!, $chainId: ID!) {
    chainGaps(zoneId: $zoneId, chainId: $chainId) { segments { localFirms { id } } } }`;
  const undoImport = 'mutation UndoImport($id: ID!) { undoImport(batchId: $id) { id } }';
  const csvCell = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const firmOf = async (id: string) =>
    ((await post(base, headers, firmFacts, { id })) as { firm: { name: string; uscc: string | null } }).firm;

  const { zoneId, chainId } = gapVariables;
  const gaps = (await post(base, headers, localFirms, { zoneId, chainId })) as {
    chainGaps: { segments: { localFirms: { id: string }[] }[] };
  };
  const buyerId = gaps.chainGaps.segments.flatMap((s) => s.localFirms)[0]?.id;
  if (buyerId === undefined) throw new Error('the benchmark zone has no local firm to supply');
  const buyer = await firmOf(buyerId);

  const times: number[] = [];
  for (let k = 0; k < writes; k++) {
    const firmId = subjects.writeFirmIds[(run - 1) * writes + k];
    if (firmId === undefined) break;
    const data = (await post(base, headers, CREATE_LEAD, {
      input: { zoneId: String(subjects.zoneId), firmId: String(firmId), title: 'pnpm bench write' },
    })) as { createLead: { id: string } };
    created.push(Number(data.createLead.id));
    const supplier = await firmOf(String(firmId));
    const csv =
      'supplierName,supplierUscc,buyerName,buyerUscc\n' +
      [supplier.name, supplier.uscc ?? '', buyer.name, buyer.uscc ?? ''].map(csvCell).join(',');
    const response = await fetch(
      `${base}/imports/SUPPLY?zoneId=${subjects.zoneId}&dryRun=false&fileName=pnpm-bench-write.csv`,
      { method: 'POST', headers: { ...headers, 'content-type': 'application/octet-stream' }, body: csv },
    );
    const report = (await response.json()) as { batchId?: number | null; counts?: { create: number } };
    if (!response.ok || report.counts?.create !== 1 || !report.batchId) {
      throw new Error(`the benchmark's supply import wrote nothing: ${JSON.stringify(report)}`);
    }

    const started = performance.now();
    await post(base, headers, CHAIN_GAPS, gapVariables);
    times.push(performance.now() - started);

    await post(base, headers, undoImport, { id: String(report.batchId) });
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), max: times[times.length - 1] ?? Number.NaN };
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
