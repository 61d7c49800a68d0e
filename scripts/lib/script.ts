// The frame every project script shares: a database (embedded unless DATABASE_URL is set),
// migrations applied, DATABASE_URL exported for the data layer, a clean stop, readable errors.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from './database';
import { generateClientIfStale } from './build';
import type { OwnerRole } from './server-process';
import { migrate, stopChildren } from './run';

const MIGRATIONS_DIR = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');

/** True when every committed migration is recorded as applied (saves `migrate deploy`'s ~10 s). */
export async function isMigrated(url: string): Promise<boolean> {
  const wanted = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public._prisma_migrations') AS name`);
    if (!table.rows[0]?.name) return false;
    const done = await client.query(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(done.rows.map((row: { migration_name: string }) => row.migration_name));
    return wanted.every((name) => applied.has(name));
  } finally {
    await client.end();
  }
}

export async function ensureMigrated(url: string): Promise<void> {
  if (!(await isMigrated(url))) await migrate(url);
}

/**
 * Runs `main` with a migrated database and an up-to-date Prisma client; exits with its code, or
 * 1 with the error's message. On SIGINT/SIGTERM it stops the children first, then the database.
 */
export function runScript(main: (db: Database) => Promise<number | void>, options: { kind?: 'app' | 'test'; role?: OwnerRole } = {}): void {
  let database: Database | null = null;
  const stop = async () => {
    await database?.stop().catch(() => undefined);
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => void stopChildren(signal).then(stop).then(() => process.exit(code)));
  }
  (async () => {
    await generateClientIfStale();
    database = await openDatabase(options.kind ?? 'app', { role: options.role });
    process.env.DATABASE_URL = database.url;
    await ensureMigrated(database.url);
    return main(database);
  })()
    .then(async (code) => {
      await stop();
      process.exit(code ?? 0);
    })
    .catch(async (error: unknown) => {
      await stop();
      console.error(formatError(error));
      process.exit(1);
    });
}

export function formatError(error: unknown): string {
  if (error && typeof error === 'object' && 'options' in error && 'message' in error) {
    const fields = (error as { options?: { fields?: Record<string, string[]> } }).options?.fields;
    const lines = Object.entries(fields ?? {}).map(([field, messages]) => `  --${field}: ${messages.join(' ')}`);
    return [`Error: ${(error as unknown as Error).message}`, ...lines].join('\n');
  }
  return error instanceof Error ? `Error: ${error.message}` : `Error: ${String(error)}`;
}
