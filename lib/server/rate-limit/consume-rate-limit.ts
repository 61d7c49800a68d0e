import 'server-only';
import { db } from '@/lib/db';

/** A fixed window: at most `limit` hits per `windowSeconds`. */
export type RateLimitRule = { limit: number; windowSeconds: number };

export type RateLimitResult = { isAllowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one hit on `key` and says whether it is within the rule. One atomic upsert in Postgres,
 * so the count holds across app servers and concurrent requests (no read-then-write race); a
 * window that has run out starts again at 1.
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule): Promise<RateLimitResult> {
  const window = `${rule.windowSeconds} seconds`;
  const [row] = await db.$queryRaw<{ count: number; retryAfter: number }[]>`
    INSERT INTO "RateLimit" (key, "windowStart", count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" <= now() - ${window}::interval THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - ${window}::interval THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING count, LEAST(${rule.windowSeconds}, GREATEST(0, CEIL(EXTRACT(EPOCH FROM ("windowStart" + ${window}::interval - now())))))::int AS "retryAfter"`;
  const count = row?.count ?? 1;
  return { isAllowed: count <= rule.limit, count, retryAfterSeconds: row?.retryAfter ?? rule.windowSeconds };
}

/** Forgets the hits on `key` (a successful login clears its account's failures). */
export async function resetRateLimit(key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE key = ${key}`;
}
