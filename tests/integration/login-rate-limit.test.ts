// Login attempts are limited per account and per address, in Postgres, atomically.
import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { LOGIN_LIMITS, LOGIN_RATE_LIMITED } from '@/lib/auth/login-limits';
import { db } from '@/lib/db';
import { consumeRateLimit } from '@/lib/server/rate-limit/consume-rate-limit';
import { createTestUser, TEST_PASSWORD, uniqueName } from '../support/factory';

const attempt = (email: string, password: string, address: string | null = null) =>
  verifyCredentials({ email, password }, { address }).then(
    (user) => (user ? 'ok' : 'refused'),
    (error: Error) => error.message,
  );

describe('login rate limits', () => {
  it('refuses an account after 10 attempts in 15 minutes, even with the right password', async () => {
    const user = await createTestUser();
    for (let i = 0; i < LOGIN_LIMITS.account.limit; i++) expect(await attempt(user.email, 'wrong password')).toBe('refused');
    expect(await attempt(user.email, TEST_PASSWORD)).toBe(LOGIN_RATE_LIMITED);
    expect(await attempt(user.email.toUpperCase(), 'wrong password')).toBe(LOGIN_RATE_LIMITED); // the same account
  });

  it('treats an unknown email exactly like a known one', async () => {
    const unknown = `${uniqueName('nobody')}@test.example.org`;
    const known = (await createTestUser()).email;
    const run = async (email: string) => {
      const answers: string[] = [];
      for (let i = 0; i <= LOGIN_LIMITS.account.limit; i++) answers.push(await attempt(email, 'wrong password'));
      return answers;
    };
    expect(await run(unknown)).toEqual(await run(known));
  });

  it('clears an account’s count when its owner signs in', async () => {
    const user = await createTestUser();
    for (let i = 0; i < LOGIN_LIMITS.account.limit - 1; i++) await attempt(user.email, 'wrong password');
    expect(await attempt(user.email, TEST_PASSWORD)).toBe('ok');
    for (let i = 0; i < LOGIN_LIMITS.account.limit - 1; i++) expect(await attempt(user.email, 'wrong password')).toBe('refused');
    expect(await attempt(user.email, TEST_PASSWORD)).toBe('ok');
  });

  it('refuses an address over its limit, whatever the account, and only that address', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueName('a')}`;
    for (let i = 0; i < LOGIN_LIMITS.address.limit; i++) await consumeRateLimit(`login:address:${address}`, LOGIN_LIMITS.address);
    const user = await createTestUser();
    expect(await attempt(user.email, TEST_PASSWORD, address)).toBe(LOGIN_RATE_LIMITED);
    expect(await attempt(user.email, TEST_PASSWORD, `${address}-other`)).toBe('ok');
  });
});

describe('consumeRateLimit', () => {
  it('lets exactly the limit through when many requests arrive at once', async () => {
    const key = uniqueName('burst');
    const results = await Promise.all(Array.from({ length: 30 }, () => consumeRateLimit(key, { limit: 10, windowSeconds: 60 })));
    expect(results.filter((result) => result.isAllowed)).toHaveLength(10);
    expect(results.map((result) => result.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(Math.max(...results.map((result) => result.retryAfterSeconds))).toBeLessThanOrEqual(60);
  });

  it('starts a new window once the old one has run out', async () => {
    const key = uniqueName('window');
    for (let i = 0; i < 3; i++) await consumeRateLimit(key, { limit: 2, windowSeconds: 60 });
    expect((await consumeRateLimit(key, { limit: 2, windowSeconds: 60 })).isAllowed).toBe(false);
    await db.$executeRaw`UPDATE "RateLimit" SET "windowStart" = now() - interval '61 seconds' WHERE key = ${key}`;
    expect(await consumeRateLimit(key, { limit: 2, windowSeconds: 60 })).toMatchObject({ isAllowed: true, count: 1 });
  });
});
