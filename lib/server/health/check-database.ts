import 'server-only';
import { db } from '@/lib/db';

/** 'ok' when the database answers `SELECT 1` within `timeoutMs`, else why not. Never throws. */
export async function checkDatabase(options: { timeoutMs: number }): Promise<'ok' | 'timeout' | 'failed'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.timeoutMs)));
  try {
    return await Promise.race([db.$queryRaw`SELECT 1`.then(() => 'ok' as const), timeout]);
  } catch (error) {
    console.error('Health check: the database query failed', error);
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}
