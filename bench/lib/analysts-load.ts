// Load as a team of analysts makes it: each client sends one request, waits for the answer, then
// thinks for a random time (exponential, so arrivals are not in step) before the next. The
// classic interactive model (N users, think time Z): offered load N / (Z + response time). Unlike
// a paced open loop where every client fires on the same tick, requests do not arrive in bursts
// of N at once, and unlike a closed loop without think time, the queue is not kept N deep.
import http from 'node:http';

export type AnalystsLoadOptions = {
  base: string;
  path: string;
  method: 'GET' | 'POST';
  clients: number;
  /** Mean think time between an answer and the client's next request. */
  thinkMs: number;
  seconds: number;
  cookies: string[];
  headers?: Record<string, string>;
  body?: () => string;
  /** Seeded [0, 1) source for the think times (reproducible runs). */
  random: () => number;
};

export type AnalystsLoadResult = { latencies: number[]; statuses: Record<string, number>; errors: number; seconds: number };

export async function analystsLoad(options: AnalystsLoadOptions): Promise<AnalystsLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const url = new URL(options.path, options.base);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const think = () => new Promise((resolve) => setTimeout(resolve, -Math.log(1 - options.random()) * options.thinkMs));

  const send = () =>
    new Promise<void>((resolve) => {
      const n = sent++;
      const body = options.body?.();
      const headers: Record<string, string> = { ...options.headers, cookie: options.cookies[n % options.cookies.length]! };
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(body));
        headers['idempotency-key'] = `bench-${process.pid}-analyst-${n}-${Math.random().toString(36).slice(2)}`;
      }
      const begun = performance.now();
      const request = http.request(url, { method: options.method, agent, headers }, (response) => {
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - begun);
          statuses[response.statusCode ?? 0] = (statuses[response.statusCode ?? 0] ?? 0) + 1;
          resolve();
        });
      });
      request.on('error', () => {
        errors++;
        resolve();
      });
      request.end(body);
    });

  const client = async () => {
    await think(); // clients start out of step
    while (performance.now() < deadline) {
      await send();
      await think();
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  agent.destroy();
  return { latencies, statuses, errors, seconds: (performance.now() - started) / 1000 };
}
