import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZONE_FIRMS } from './queries';

/** bench/peer: PostGraphile 5 and a Node 22, installed with npm apart from the pnpm workspace. */
const PEER_DIR = fileURLToPath(new URL('../peer', import.meta.url));
const PEER_NODE = join(PEER_DIR, 'node_modules', '.bin', 'node');
const INSTALL_TIMEOUT_MS = 5 * 60_000;
const START_TIMEOUT_MS = 60_000;

/**
 * Lianzhao's ZONE_FIRMS in PostGraphile's schema: `rowId` is the table's id (PostGraphile's `id` is
 * its global node id), segments come through the firm_segment join table, and deleted firms are left
 * out by a condition as Lianzhao's firm list leaves them out (firm-search.repository.ts).
 */
const PEER_ZONE_FIRMS = `query ZoneFirms($zoneId: BigInt!) {
  allFirms(condition: { zoneId: $zoneId, deletedAt: null }, first: 50, orderBy: ROW_ID_ASC) {
    edges { node { rowId name firmSegmentsByFirmId { nodes { segmentBySegmentId { rowId name } } } } }
  }
}`;

export interface PostGraphilePeer {
  /** The GraphQL endpoint, to POST to. */
  url: string;
  query: string;
  variables(zoneId: number): Record<string, unknown>;
  stop(): Promise<void>;
}

/**
 * Starts bench/peer/server.mjs on its own Node 22 over `databaseUrl`, installing bench/peer first
 * (npm ci, from its lockfile) when it is not installed. Not run, with the reason, when that fails:
 * the rest of the benchmark does not depend on the peer.
 */
export async function startPostGraphilePeer(
  databaseUrl: string,
): Promise<PostGraphilePeer | { notRun: string }> {
  if (!existsSync(PEER_NODE) || !existsSync(join(PEER_DIR, 'node_modules', 'postgraphile'))) {
    console.log('Installing the PostGraphile peer: npm ci --prefix bench/peer');
    const failure = await npmCi();
    if (failure) return { notRun: `npm ci --prefix bench/peer failed (${failure})` };
    if (!existsSync(PEER_NODE)) {
      return {
        notRun: 'npm ci --prefix bench/peer did not install Node 22 (the `node` package install script)',
      };
    }
  }
  const logFile = join(tmpdir(), 'lianzhao-bench-peer.log');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    NODE_ENV: 'production',
    GRAPHILE_ENV: 'production',
  };
  // Options meant for this Node 20 process (a loader, say) have no business in the Node 22 peer.
  delete env.NODE_OPTIONS;
  const child: ChildProcess = spawn(PEER_NODE, ['server.mjs'], {
    cwd: PEER_DIR,
    env,
    stdio: ['ignore', openSync(logFile, 'w'), 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`the PostGraphile peer did not start within ${START_TIMEOUT_MS} ms (log: ${logFile})`),
      );
    }, START_TIMEOUT_MS);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve((message as { port: number }).port);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the PostGraphile peer exited with code ${code} (log: ${logFile})`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    query: PEER_ZONE_FIRMS,
    variables: (zoneId) => ({ zoneId: String(zoneId) }),
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves to why `npm ci` failed, or null when it succeeded. Its output goes to this stderr. */
function npmCi(): Promise<string | null> {
  return new Promise((resolve) => {
    const npm = spawn('npm', ['ci', '--prefix', PEER_DIR, '--no-audit', '--no-fund'], {
      stdio: ['ignore', 2, 2],
    });
    const timer = setTimeout(() => npm.kill('SIGTERM'), INSTALL_TIMEOUT_MS);
    npm.once('error', (error) => {
      clearTimeout(timer);
      resolve(error.message);
    });
    npm.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(null);
      else
        resolve(signal ? `stopped by ${signal} after ${INSTALL_TIMEOUT_MS / 1000} s` : `exit code ${code}`);
    });
  });
}

/**
 * Both servers must answer the list query for `zoneId` with the same firms, each with the same
 * segments, before their throughput is compared; throws with the difference otherwise.
 */
export async function checkPeerAgrees(options: {
  /** Lianzhao's GraphQL endpoint (…/graphql). */
  lianzhaoUrl: string;
  headers: Record<string, string>;
  peer: PostGraphilePeer;
  zoneId: number;
}): Promise<void> {
  const { lianzhaoUrl, headers, peer, zoneId } = options;
  const ours = (await postGraphql(lianzhaoUrl, headers, ZONE_FIRMS, { zoneId: String(zoneId) })) as {
    firms: { edges: { node: { id: string; segments: { id: string }[] } }[] };
  };
  const theirs = (await postGraphql(
    peer.url,
    { 'content-type': 'application/json' },
    peer.query,
    peer.variables(zoneId),
  )) as {
    allFirms: {
      edges: {
        node: {
          rowId: string;
          firmSegmentsByFirmId: { nodes: { segmentBySegmentId: { rowId: string } | null }[] };
        };
      }[];
    };
  };
  const lianzhao = describeFirms(
    ours.firms.edges.map(({ node }) => ({ id: node.id, segmentIds: node.segments.map((s) => s.id) })),
  );
  const postgraphile = describeFirms(
    theirs.allFirms.edges.map(({ node }) => ({
      id: node.rowId,
      segmentIds: node.firmSegmentsByFirmId.nodes.flatMap((n) =>
        n.segmentBySegmentId ? [n.segmentBySegmentId.rowId] : [],
      ),
    })),
  );
  if (ours.firms.edges.length === 0) throw new Error(`zone ${zoneId} has no firms: nothing to compare`);
  if (lianzhao !== postgraphile) {
    throw new Error(
      `Lianzhao and PostGraphile list different firms of zone ${zoneId}:\n  Lianzhao:     ${lianzhao}\n  PostGraphile: ${postgraphile}`,
    );
  }
}

/** `12[3,7] 15[4]`: firm ids in numeric order, each with its segment ids in numeric order. */
function describeFirms(firms: { id: string; segmentIds: string[] }[]): string {
  const byNumber = (a: string, b: string) => Number(a) - Number(b);
  return [...firms]
    .sort((a, b) => byNumber(a.id, b.id))
    .map((firm) => `${firm.id}[${[...firm.segmentIds].sort(byNumber).join(',')}]`)
    .join(' ');
}

async function postGraphql(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const result = (await response.json()) as { data?: unknown; errors?: unknown };
  if (response.status !== 200 || result.errors || !result.data) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}
