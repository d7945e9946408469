import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const API_DIR = new URL('../../api/', import.meta.url).pathname;

/** Starts the real entry point (`main.ts`) as its own process, on an empty embedded database. */
async function startApiProcess(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  // node with tsx as a loader: one process, so the signals reach the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: '0',
      SEED_DEMO: 'false',
      DIGEST_CRON: 'off',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`api exited early (${code}): ${output}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"http:\/\/localhost:(\d+)"/.exec(output);
      if (match) resolve(Number(match[1]));
    });
  });
  return { child, port };
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('SIGTERM', () => {
  let dataDir: string;
  let api: { child: ChildProcess; port: number };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lz-shutdown-'));
    api = await startApiProcess(dataDir);
  }, 60_000);

  afterAll(() => {
    if (api?.child.exitCode === null) api.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops taking connections, finishes the request in flight, then exits cleanly', async () => {
    const body = JSON.stringify({ email: 'nobody@test.example', password: 'wrong password' });
    const socket = await open(api.port);
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    // Headers and half the body: the request is in flight when the signal comes.
    socket.write(
      `POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    socket.write(body.slice(0, 10));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const exited = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
    api.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(open(api.port)).rejects.toThrow(/ECONNREFUSED/);

    socket.write(body.slice(10));
    await closed;
    const response = Buffer.concat(received).toString();
    expect(response).toMatch(/^HTTP\/1\.1 401 /);
    expect(response).toContain('INVALID_CREDENTIALS');
    expect(await exited).toBe(0);
  }, 60_000);
});
