import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it, vi } from 'vitest';
import { decodeSessionToken } from '@/lib/auth/session-token';

// next-auth's decode, counted: a remembered token must not be decrypted again.
vi.mock('next-auth/jwt', async (importOriginal) => {
  const original = await importOriginal<typeof import('next-auth/jwt')>();
  return { ...original, decode: vi.fn(original.decode) };
});

const secret = 'a-test-secret-of-more-than-thirty-two-characters';

describe('decodeSessionToken', () => {
  it('decodes as next-auth does, and answers a repeated token from memory', async () => {
    const token = await encode({ token: { sub: 'user-1', authAt: 1 }, secret, maxAge: 60 });
    vi.mocked(decode).mockClear();
    const first = await decodeSessionToken({ token, secret });
    expect(first).toMatchObject({ sub: 'user-1', authAt: 1 });
    const again = await decodeSessionToken({ token, secret });
    expect(again).toEqual(first);
    expect(again).not.toBe(first); // a copy: a caller changing it cannot change the remembered one
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it('does not serve a token remembered under one secret to another', async () => {
    const token = await encode({ token: { sub: 'user-2' }, secret, maxAge: 60 });
    await decodeSessionToken({ token, secret });
    await expect(decodeSessionToken({ token, secret: `${secret}-rotated` })).rejects.toThrow();
  });

  it('refuses an expired token, also after it was remembered', async () => {
    const expired = await encode({ token: { sub: 'user-3' }, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/);
    const shortLived = await encode({ token: { sub: 'user-4' }, secret, maxAge: 1 });
    expect(await decodeSessionToken({ token: shortLived, secret })).toMatchObject({ sub: 'user-4' });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 20_000 }); // past exp and jose's 15 s of tolerance
    try {
      await expect(decodeSessionToken({ token: shortLived, secret })).rejects.toThrow(/exp/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers null without a token', async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
