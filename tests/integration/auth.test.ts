import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { createTestUser, TEST_PASSWORD } from '../support/factory';

describe('verifyCredentials', () => {
  it('accepts the right password and returns the user without its hash', async () => {
    const user = await createTestUser();
    const result = await verifyCredentials({ email: user.email, password: TEST_PASSWORD });
    expect(result).toEqual({ id: user.id, email: user.email, name: user.name });
  });

  it('treats the email case-insensitively and ignores surrounding spaces', async () => {
    const user = await createTestUser();
    const result = await verifyCredentials({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD });
    expect(result?.id).toBe(user.id);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    const user = await createTestUser();
    expect(await verifyCredentials({ email: user.email, password: 'wrong password' })).toBeNull();
    expect(await verifyCredentials({ email: 'nobody-at-all@test.example.org', password: TEST_PASSWORD })).toBeNull();
  });

  it('refuses malformed input instead of throwing', async () => {
    expect(await verifyCredentials(undefined)).toBeNull();
    expect(await verifyCredentials({ email: 'not-an-email', password: 'x' })).toBeNull();
    expect(await verifyCredentials({ email: ['a@b.org'], password: { $ne: '' } })).toBeNull();
    expect(await verifyCredentials({ email: 'a@b.org', password: 'x'.repeat(5000) })).toBeNull();
  });

  it('stores passwords as argon2id hashes', async () => {
    const user = await createTestUser();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('never returns the password hash from ordinary queries', async () => {
    const user = await createTestUser();
    const loaded = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(loaded).not.toHaveProperty('passwordHash');
  });
});
