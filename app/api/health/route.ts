import { db } from '@/lib/db';
import { json } from '@/lib/http/respond';
import { route } from '@/lib/http/route';

/**
 * GET /api/health : for load balancers and uptime checks. Public, reads nothing of anyone's:
 * 200 {status: "ok"} when this server can query the database; 503 with Retry-After when not.
 */
export const GET = route(async () => {
  await db.$queryRaw`SELECT 1`;
  return json({ status: 'ok' });
});
