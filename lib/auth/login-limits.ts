import 'server-only';
import { consumeRateLimit, resetRateLimit, type RateLimitRule } from '@/lib/server/rate-limit/consume-rate-limit';

/**
 * Login attempts allowed per account (by the email typed, whether or not it exists, so the limit
 * says nothing about which accounts exist) and per client address, per 15 minutes. A successful
 * login clears its account's count; the address count only runs out.
 */
export const LOGIN_LIMITS: { account: RateLimitRule; address: RateLimitRule } = {
  account: { limit: 10, windowSeconds: 15 * 60 },
  address: { limit: 100, windowSeconds: 15 * 60 },
};

/** The error a sign-in gets when it is over a limit (next-auth passes the message to the form). */
export const LOGIN_RATE_LIMITED = 'TooManyAttempts';

const accountKey = (email: string) => `login:account:${email}`;

/** The client's address as the nearest proxy reports it; null when there is none to go by. */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined> | undefined): string | null {
  const read = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || read('x-real-ip')?.trim() || null;
}

/** Counts a login attempt; false when the account or the address is over its limit. */
export async function isLoginAllowed(options: { email: string; address: string | null }): Promise<boolean> {
  const account = await consumeRateLimit(accountKey(options.email), LOGIN_LIMITS.account);
  const address = options.address ? await consumeRateLimit(`login:address:${options.address}`, LOGIN_LIMITS.address) : null;
  return account.isAllowed && (address?.isAllowed ?? true);
}

export async function clearLoginFailures(email: string): Promise<void> {
  await resetRateLimit(accountKey(email));
}
