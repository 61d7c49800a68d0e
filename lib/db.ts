import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';

// Password hashes never leave the data layer unless a query asks for them by name.
const clientOptions = { omit: { user: { passwordHash: true } } } as const;

// Idle connections stay open for five minutes (pg's default closes them after 10 s): a request
// after a quiet spell would otherwise open new connections, whose new PostgreSQL backends start
// with cold caches, and the reader page took 87-160 ms instead of 53-72 ms (docs/decisions/015).
// Idle connections do not keep a script's process alive (allowExitOnIdle).
const IDLE_CONNECTION_MS = 5 * 60_000;

function createClient() {
  const adapter = new PrismaPg({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), idleTimeoutMillis: IDLE_CONNECTION_MS, allowExitOnIdle: true });
  return new PrismaClient({ adapter, ...clientOptions });
}

export type Db = ReturnType<typeof createClient>;
/** A transaction client, for data-layer functions that take part in a caller's transaction. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

const globalForDb = globalThis as unknown as { credenceDb?: Db };

/** The one Prisma client, cached on globalThis so hot reloads do not open new pools. */
export const db: Db = globalForDb.credenceDb ?? createClient();
globalForDb.credenceDb = db;
