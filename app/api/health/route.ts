import { db } from '@/lib/db';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';

const TIMEOUT_MS = 2_000;

function unavailable(reason: string): Response {
  return json({ error: { code: 'UNAVAILABLE', message: `The database is not answering (${reason}).` } }, { status: 503, headers: { 'retry-after': '2' } });
}

/**
 * GET /api/health : for load balancers and uptime checks. Public, reads nothing of anyone's:
 * 200 {status: "ok"} when this server can query the database within 2 s; 503 with Retry-After
 * otherwise, whatever the failure (refused, too many clients, a full pool, a wrong password).
 */
export const GET = route(async () => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
  try {
    const outcome = await Promise.race([db.$queryRaw`SELECT 1`.then(() => 'ok' as const), timeout]);
    return outcome === 'ok' ? json({ status: 'ok' }) : unavailable(`no answer within ${TIMEOUT_MS / 1000} s`);
  } catch (error) {
    console.error('Health check: the database query failed', error);
    return unavailable('the query failed');
  } finally {
    clearTimeout(timer);
  }
});
