import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';
import { checkDatabase } from '@/lib/server/health/check-database';

const TIMEOUT_MS = 2_000;

/**
 * GET /api/health : for load balancers and uptime checks. Public, reads nothing of anyone's:
 * 200 {status: "ok"} when this server can query the database within 2 s; 503 with Retry-After
 * otherwise, whatever the failure (refused, too many clients, a full pool, a wrong password).
 */
export const GET = route(async () => {
  const outcome = await checkDatabase({ timeoutMs: TIMEOUT_MS });
  if (outcome === 'ok') return json({ status: 'ok' });
  const reason = outcome === 'timeout' ? `no answer within ${TIMEOUT_MS / 1000} s` : 'the query failed';
  return json({ error: { code: 'UNAVAILABLE', message: `The database is not answering (${reason}).` } }, { status: 503, headers: { 'retry-after': '2' } });
});
