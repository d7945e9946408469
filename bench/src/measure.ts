import autocannon from 'autocannon';

/** One load to put on the server: requests rotate through `bodies` (POST) or `paths` (GET). */
export interface Load {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  paths?: readonly string[];
  bodies?: readonly string[];
  connections: number;
  seconds: number;
}

export interface LoadFigures {
  requests: number;
  /** 2xx responses per second. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses that were not 2xx, plus socket errors and timeouts: must be 0 for a valid figure. */
  failures: number;
}

/**
 * Runs autocannon over loopback. Latencies are taken from its per-response event (sub-millisecond
 * precision) rather than its histogram, which records whole milliseconds: too coarse for 1 ms calls.
 */
export async function measureLoad(load: Load): Promise<LoadFigures> {
  const latencies: number[] = [];
  let next = 0;
  let done!: (result: autocannon.Result) => void;
  let failed!: (error: Error) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    done = resolve;
    failed = reject;
  });
  const options: autocannon.Options = {
    url: load.url,
    connections: load.connections,
    duration: load.seconds,
    method: load.method,
    headers: load.headers,
    requests: [
      {
        setupRequest(request) {
          const i = next++;
          if (load.paths) request.path = load.paths[i % load.paths.length]!;
          if (load.bodies) request.body = load.bodies[i % load.bodies.length]!;
          return request;
        },
      },
    ],
  };
  const instance = autocannon(options, (error, result) => (error ? failed(error) : done(result)));
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await finished;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / load.seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The median of the runs with the lowest and highest beside it, as the results file keeps them. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function spread(runs: readonly number[]): Spread {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: [...runs],
  };
}
