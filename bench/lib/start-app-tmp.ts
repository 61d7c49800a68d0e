// TEMPORARY: the production app for the api and dashboard benches, until bench/lib/app.ts (moved
// out of bench/reliability.ts on another branch) replaces it at merge. Same approach as
// reliability.ts: `next build` into .next-bench when stale, `next start` against a scratch database.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export type App = { base: string; logFile: string; stop: () => Promise<void> };

export async function startApp(options: { databaseUrl: string; port: number; logFile: string; env?: Record<string, string> }): Promise<App> {
  process.env.CREDENCE_DIST_DIR = '.next-bench';
  const { buildIfStale } = await import('../../scripts/lib/build');
  await buildIfStale();
  const base = `http://127.0.0.1:${options.port}`;
  const log = createWriteStream(options.logFile);
  const child: ChildProcess = spawn(path.join(ROOT, 'node_modules', '.bin', 'next'), ['start', '-p', String(options.port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: randomBytes(48).toString('base64url'),
      NEXTAUTH_URL: base,
      NODE_ENV: 'production',
      CREDENCE_EMBEDDED_DB: '1',
      CREDENCE_DIST_DIR: '.next-bench',
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode} (see ${options.logFile})`);
    try {
      if ((await fetch(`${base}/api/auth/csrf`)).ok) return { base, logFile: options.logFile, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error('next start did not answer within 60 s');
}

/** Signs in through the credentials form; returns the Cookie header of the session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const login = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ email, password, csrfToken, json: 'true' }),
  });
  keep(login);
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie: cookie() } })).json()) as { user?: { email?: string } };
  if (session?.user?.email !== email) throw new Error(`Could not sign in ${email} (status ${login.status}).`);
  return cookie();
}
