import { hash, verify, type Options } from '@node-rs/argon2';

// argon2id (the library's default algorithm, stated here because it is the point) with OWASP's
// baseline cost: 19 MiB, 2 passes, 1 lane. `Algorithm` is a const enum that isolatedModules forbids.
const ARGON2ID = 2 as NonNullable<Options['algorithm']>;
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };


export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash is a failed login, not a crash
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real check, so an unknown email cannot be told from a wrong password. */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword('credence-timing-equaliser');
  await verifyPassword(await dummyHash, password);
  return false;
}
