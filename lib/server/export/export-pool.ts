import 'server-only';
import pg from 'pg';

const globalForPool = globalThis as unknown as { credenceExportPool?: pg.Pool };

/**
 * A small pg pool of its own for exports: a long export holds its connection (a cursor in a
 * read-only transaction) for as long as the download lasts, and must not starve Prisma's pool.
 * EXPORT_POOL_SIZE (default 4) bounds the exports that run at once; the next one waits up to 10 s.
 */
export function exportPool(): pg.Pool {
  if (!globalForPool.credenceExportPool) {
    const pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: Number(process.env.EXPORT_POOL_SIZE ?? 4),
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its connection (a database restart) must not crash the server.
    pool.on('error', (error) => console.error('Export pool: an idle connection failed', error.message));
    globalForPool.credenceExportPool = pool;
  }
  return globalForPool.credenceExportPool;
}

/** Closes the pool (scripts and tests, at their end). */
export async function closeExportPool(): Promise<void> {
  const pool = globalForPool.credenceExportPool;
  globalForPool.credenceExportPool = undefined;
  await pool?.end();
}
