import 'server-only';
import { z } from 'zod';
import { findRequestUser } from '@/lib/auth/request-user';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';

/** How long a key's answer is kept for replays. */
export const IDEMPOTENCY_TTL_HOURS = 24;
const WAIT_MS = 100;
const WAIT_ROUNDS = 50;

const keySchema = z.object({
  'Idempotency-Key': z.string().trim().min(8, 'An Idempotency-Key has 8 to 100 characters.').max(100, 'An Idempotency-Key has 8 to 100 characters.'),
});

type Stored = { endpoint: string; status: number | null; body: string | null };

/**
 * Runs a create once per Idempotency-Key: the first request with a key runs and its successful
 * answer is kept for 24 hours; a retry or a double click with the same key gets that answer again
 * (`Idempotent-Replayed: true`), waiting for the first if it is still running. A refusal or a
 * failure (4xx, 5xx) frees the key, so a corrected retry runs afresh. Without the header, `run` just runs.
 * Keys belong to a user and to one endpoint; the same key elsewhere is a 422.
 */
export async function withIdempotency(request: Request, run: () => Promise<Response>): Promise<Response> {
  const header = request.headers.get('idempotency-key');
  if (header === null) return run();
  const { 'Idempotency-Key': key } = parseInput(keySchema, { 'Idempotency-Key': header });
  const user = await findRequestUser(request);
  if (!user) return run(); // the handler answers 401
  const endpoint = `${request.method.toUpperCase()} ${new URL(request.url).pathname}`;
  const ttl = `${IDEMPOTENCY_TTL_HOURS} hours`;
  await db.$executeRaw`DELETE FROM "IdempotentRequest" WHERE "userId" = ${user.id} AND key = ${key} AND "createdAt" < now() - ${ttl}::interval`;
  const claimed = await db.$executeRaw`INSERT INTO "IdempotentRequest" ("userId", key, endpoint) VALUES (${user.id}, ${key}, ${endpoint}) ON CONFLICT DO NOTHING`;
  if (claimed === 1) {
    const response = await run().catch(async (error: unknown) => {
      await release(user.id, key);
      throw error;
    });
    if (response.status >= 400) {
      await release(user.id, key); // nothing was created: a corrected retry with the key runs afresh
      return response;
    }
    const body = await response.text();
    await db.$executeRaw`UPDATE "IdempotentRequest" SET status = ${response.status}, body = ${body} WHERE "userId" = ${user.id} AND key = ${key}`;
    return new Response(body, { status: response.status, headers: response.headers });
  }
  for (let round = 0; round < WAIT_ROUNDS; round++) {
    const [stored] = await db.$queryRaw<Stored[]>`SELECT endpoint, status, body FROM "IdempotentRequest" WHERE "userId" = ${user.id} AND key = ${key}`;
    if (!stored) return withIdempotency(request, run); // the first attempt failed and freed the key
    if (stored.endpoint !== endpoint) {
      throw new AppError('VALIDATION', 'This Idempotency-Key was used for another request: send a new key.', {
        fields: { 'Idempotency-Key': ['This key was used for another request.'] },
      });
    }
    if (stored.status !== null) {
      return new Response(stored.body, {
        status: stored.status,
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'idempotent-replayed': 'true' },
      });
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
  throw new AppError('CONFLICT', 'A request with this Idempotency-Key is still running. Retry in a few seconds.');
}

async function release(userId: string, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "IdempotentRequest" WHERE "userId" = ${userId} AND key = ${key}`;
}
