import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BenchServer {
  url: string;
  pid: number;
  logFile: string;
  /** Peak resident memory of the server process so far (Linux VmHWM), in MB; NaN elsewhere. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Starts bench/src/server.ts as a child process in production mode on `databaseUrl`, so the load
 * generator (this process) and the server do not share an event loop.
 */
export async function startBenchServer(databaseUrl: string, logName = 'server'): Promise<BenchServer> {
  // The server's log goes to a file: a pipe to this process would make the load generator pay for it.
  const logFile = join(tmpdir(), `lianzhao-bench-${logName}.log`);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/src/server.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      // Production logs at info; the per-request line is debug, so this is what production writes.
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      SEED_DEMO: 'false',
    },
    stdio: ['ignore', openSync(logFile, 'w'), 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the bench server exited with code ${code}`)));
  });
  const pid = child.pid!;
  return {
    url: `http://127.0.0.1:${port}`,
    logFile,
    pid,
    peakRssMb() {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = Number(status.match(/VmHWM:\s+(\d+)\s+kB/)?.[1]);
        return kb / 1024;
      } catch {
        return Number.NaN;
      }
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
