import 'server-only';
import { AppError } from '@/lib/errors';

/** A JSON response; `no-store` because every answer depends on who asks. */
export function json(data: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  headers.set('cache-control', 'no-store');
  return new Response(JSON.stringify(data), { ...init, headers });
}

/** Maps any error to the API's one error shape; only AppErrors reveal their message. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.message, ...(error.options.fields ? { fields: error.options.fields } : {}), ...(error.options.current !== undefined ? { current: error.options.current } : {}) } };
    const headers: Record<string, string> = error.code === 'UNAVAILABLE' ? { 'retry-after': '2' } : {};
    return json(body, { status: error.status, headers });
  }
  if (isDatabaseUnavailable(error)) {
    return json({ error: { code: 'UNAVAILABLE', message: 'The database is not reachable right now. Try again in a few seconds.' } }, { status: 503, headers: { 'retry-after': '2' } });
  }
  console.error('Unexpected error in a route handler', error);
  return json({ error: { code: 'INTERNAL', message: 'Something went wrong on our side. Your request was not saved; try again.' } }, { status: 500 });
}

/**
 * The database is down, restarting or saturated: the request failed, and a retry soon may succeed
 * (creates with an Idempotency-Key are safe to retry).
 * Besides refused connections: 57P01 (admin shutdown kills the session), 57P02 (crash shutdown),
 * 57P03 (shutting down / starting up), a pg client left broken by one of those, and P2028 "Unable to
 * start a transaction in the given time" (no pool connection within maxWait, e.g. while reconnecting).
 * Seen under load with PostgreSQL restarted by `npm run bench:reliability`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ''}` : '';
  return /ECONNREFUSED|ECONNRESET|DatabaseNotReachable|Can't reach database|P1001|P1017|connection terminated|timeout exceeded when trying to connect|\b57P0[123]\b|terminating connection due to administrator command|the database system is (?:shutting down|starting up|in recovery mode)|connection error and is not queryable|Unable to start a transaction in the given time/i.test(
    text,
  );
}
