import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** A new high-entropy secret: `prefix` + 32 random bytes, base64url (256 bits). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** What is stored instead of a secret: its sha-256, hex. A fast hash is enough for 256 random bits. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
