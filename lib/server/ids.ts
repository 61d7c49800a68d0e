import 'server-only';
import { randomBytes } from 'node:crypto';

/**
 * A new record id for rows written with SQL rather than through Prisma (which makes cuids on the
 * client): 'c', the time in base 36, then 16 random characters, lowercase letters and digits,
 * 25 characters in all like a cuid, sorting roughly by creation.
 */
export function newRecordId(): string {
  const bytes = randomBytes(16);
  let random = '';
  for (const byte of bytes) random += (byte % 36).toString(36);
  return `c${Date.now().toString(36).padStart(8, '0')}${random}`;
}
