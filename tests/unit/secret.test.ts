import { afterEach, describe, expect, it } from 'vitest';
import { resolveSecret } from '../../scripts/lib/secret';

const original = process.env.NEXTAUTH_SECRET;
afterEach(() => {
  if (original === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = original;
});

describe('resolveSecret (npm start)', () => {
  it('refuses to start against DATABASE_URL without a secret', () => {
    delete process.env.NEXTAUTH_SECRET;
    expect(() => resolveSecret({ isEmbedded: false })).toThrow(/DATABASE_URL is set, so this is production: set NEXTAUTH_SECRET/);
  });

  it('refuses a weak secret in production', () => {
    process.env.NEXTAUTH_SECRET = 'credence-demo';
    expect(() => resolveSecret({ isEmbedded: false })).toThrow(/too weak/);
  });

  it('uses a strong given secret', () => {
    process.env.NEXTAUTH_SECRET = 'q8Vx2pLr7TnZ4mWc9KfH3sDj6GbY1eRa5uNo0iXk';
    expect(resolveSecret({ isEmbedded: false })).toBe('q8Vx2pLr7TnZ4mWc9KfH3sDj6GbY1eRa5uNo0iXk');
  });

  it('keeps one generated secret for the embedded database across restarts', () => {
    delete process.env.NEXTAUTH_SECRET;
    const first = resolveSecret({ isEmbedded: true });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveSecret({ isEmbedded: true })).toBe(first);
  });
});
