// The built app for benchmarks: `next build` into .next-bench when the sources changed (apart from
// npm start's .next and the tests' .next-e2e), the production server (scripts/server.ts) on a
// scratch database, and the pid of the process that actually serves.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale } from '../../scripts/lib/build';
import type { Database } from '../../scripts/lib/database';
import { productionServerCommand } from '../../scripts/lib/server-command';

const ROOT = path.resolve(__dirname, '..', '..');

/** Where benchmarks build the app. */
export const BENCH_DIST_DIR = '.next-bench';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the app into .next-bench when its sources changed since the last bench build. */
export async function buildBenchApp(): Promise<void> {
  process.env.CREDENCE_DIST_DIR = BENCH_DIST_DIR;
  await buildIfStale();
}

/** The production server (scripts/server.ts) on `port`, against `database`; its output goes to `logFile`. */
export function startApp(database: Database, options: { port: number; logFile: string; env?: Record<string, string> }): ChildProcess {
  const log = createWriteStream(options.logFile);
  // The production server as npm start runs it (scripts/server.ts). BENCH_CPU_PROFILE=<dir>: the
  // server writes a V8 CPU profile there when it stops.
  const profileDir = process.env.BENCH_CPU_PROFILE;
  const [command, args] = productionServerCommand(options.port, { hostname: '127.0.0.1', nodeFlags: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [] });
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(48).toString('base64url'),
      NEXTAUTH_URL: appBase(options.port),
      NODE_ENV: 'production',
      CREDENCE_EMBEDDED_DB: '1',
      CREDENCE_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  return child;
}

/** The app's address on `port`. */
export function appBase(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** Waits until the app answers (up to 60 s); fails at once if the server exits. */
export async function waitForApp(child: ChildProcess, port: number): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${appBase(port)}/api/auth/csrf`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error('The server did not answer within 60 s');
}

/** SIGTERM, then SIGKILL after 2 s. */
export async function stopApp(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await sleep(2000);
  if (child.exitCode === null) child.kill('SIGKILL');
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const found: number[] = [];
  const walk = (p: number) => {
    for (const child of children.get(p) ?? []) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const localPort = parseInt(cols[1]!.split(':')[1]!, 16);
      if (localPort === port && cols[3] === '0A') inodes.add(cols[9]!); // 0A: LISTEN
    }
  }
  return inodes;
}

/**
 * The pid of the process that listens on `port` among `child` and its descendants (Linux /proc):
 * the server may serve from a child process, whose memory is what an export grows.
 */
export function servingPid(child: ChildProcess, port: number): number {
  const inodes = listeningInodes(port);
  for (const pid of [child.pid!, ...descendants(child.pid!)]) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match && inodes.has(match[1]!)) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  throw new Error(`No process of the server (pid ${child.pid}) listens on port ${port}.`);
}

/** Resident memory of `pid` in bytes (VmRSS). */
export function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`No VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/** A running app for a benchmark: its address and how to stop it. */
export type RunningApp = { base: string; child: ChildProcess; logFile: string; stop: () => Promise<void> };

/** Builds if stale, starts the production server on `port` against `databaseUrl`, and waits until it answers. */
export async function launchApp(options: { databaseUrl: string; port: number; logFile: string; env?: Record<string, string> }): Promise<RunningApp> {
  await buildBenchApp();
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const child = startApp({ url: options.databaseUrl, isEmbedded: false, stop: async () => undefined }, options);
  try {
    await waitForApp(child, options.port);
  } catch (error) {
    await stopApp(child);
    throw new Error(`${error instanceof Error ? error.message : String(error)} (see ${options.logFile})`);
  }
  return { base: appBase(options.port), child, logFile: options.logFile, stop: () => stopApp(child) };
}

/** Signs in through next-auth's credentials endpoint, as the login form does; returns the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
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
