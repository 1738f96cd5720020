import { Agent, request } from 'node:http';

export interface Endpoint {
  port: number;
  path: string;
  token?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One GET on a kept-alive loopback connection; answers the milliseconds it took, and throws on a status other than 200. */
export function timedGet({ port, path, token }: Endpoint): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    const req = request({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`GET ${path} answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests per second of a route under a closed loop of `connections` clients for `seconds`. */
export async function requestsPerSecond(endpoint: Endpoint, connections = 10, seconds = 5): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  const client = async () => {
    while (performance.now() < until) {
      await timedGet(endpoint);
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, client));
  return done / ((performance.now() - started) / 1000);
}

/** A second client asking one route over and over until stopped: the latencies the API gave meanwhile. */
export function sampleLatencies(endpoint: Endpoint): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) latencies.push(await timedGet(endpoint).catch(() => Number.POSITIVE_INFINITY));
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
