import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { waitFor } from './wait-for.js';

/** A redis-server of the test's own, persisting to disk, so the test may stop and restart it. */
export interface OwnRedis {
  url: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  isUp(): boolean;
}

const ping = (port: number): boolean => {
  try {
    return execFileSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'PONG';
  } catch {
    return false;
  }
};

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kakak-asuh-redis-'));
  const start = async () => {
    spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''], {
      stdio: 'ignore',
      detached: true,
    }).unref();
    await waitFor(async () => ping(port), `redis on port ${port}`, 10_000);
  };
  const stop = async () => {
    if (!ping(port)) return;
    try {
      execFileSync('redis-cli', ['-p', String(port), 'shutdown']);
    } catch {
      // redis-cli reports the closed connection of a shutdown as an error.
    }
    await waitFor(async () => !ping(port), `redis on port ${port} to stop`, 10_000);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    restart: async () => {
      await stop();
      await start();
    },
    stop,
    start,
    isUp: () => ping(port),
  };
}
