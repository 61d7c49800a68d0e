import { describe, expect, it } from 'vitest';
import { isProductionEnv, isStrongSecret, parseEnv } from '@/lib/env';

const STRONG = 'q8Vx2pLr7TnZ4mWc9KfH3sDj6GbY1eRa5uNo0iXk';

describe('parseEnv', () => {
  it('accepts a complete development environment', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://localhost/x', NEXTAUTH_SECRET: 'dev', NODE_ENV: 'development' })).toMatchObject({
      NODE_ENV: 'development',
      CREDENCE_EMBEDDED_DB: '0',
    });
  });

  it('names every missing variable', () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL: DATABASE_URL is not set[\s\S]*NEXTAUTH_SECRET/);
  });

  it('refuses production with a weak or placeholder secret', () => {
    const production = { DATABASE_URL: 'postgresql://db/x', NODE_ENV: 'production' };
    expect(() => parseEnv({ ...production, NEXTAUTH_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => parseEnv({ ...production, NEXTAUTH_SECRET: 'change-me-change-me-change-me-change-me' })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ ...production, NEXTAUTH_SECRET: STRONG }).NODE_ENV).toBe('production');
  });

  it('lets the embedded demo database run a production build with its generated secret', () => {
    expect(isProductionEnv({ NODE_ENV: 'production', CREDENCE_EMBEDDED_DB: '1' })).toBe(false);
    expect(isProductionEnv({ NODE_ENV: 'production', CREDENCE_EMBEDDED_DB: '0' })).toBe(true);
    expect(isProductionEnv({ NODE_ENV: 'development', CREDENCE_EMBEDDED_DB: '0' })).toBe(false);
  });
});

describe('isStrongSecret', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['a'.repeat(64), false],
    ['credence-demo-credence-demo-credence-demo', false],
    ['my-secret-value-that-is-long-enough-to-pass', false],
    [STRONG, true],
  ])('%s → %s', (secret, expected) => {
    expect(isStrongSecret(secret)).toBe(expected);
  });
});
