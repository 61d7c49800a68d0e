// The JWT secret: NEXTAUTH_SECRET when given; for the embedded (demo) database, a random one kept
// in .data/ so sessions survive restarts.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isStrongSecret } from '@/lib/env';

const SECRET_FILE = path.resolve(__dirname, '..', '..', '.data', 'nextauth-secret');

export function resolveSecret(options: { isEmbedded: boolean }): string {
  const given = process.env.NEXTAUTH_SECRET;
  if (given) {
    if (!options.isEmbedded && !isStrongSecret(given)) {
      throw new Error('NEXTAUTH_SECRET is too weak for production: use at least 32 random characters (openssl rand -base64 48).');
    }
    return given;
  }
  if (!options.isEmbedded) {
    throw new Error('DATABASE_URL is set, so this is production: set NEXTAUTH_SECRET to at least 32 random characters (openssl rand -base64 48).');
  }
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
