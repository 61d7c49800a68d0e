import 'server-only';
import { getToken } from 'next-auth/jwt';
import type { SessionUser } from '@/lib/auth/session';
import { isSessionRevoked } from '@/lib/auth/session-cookie';
import { decodeSessionToken } from '@/lib/auth/session-token';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { authenticateApiToken } from '@/lib/server/tokens/authenticate-api-token';

function parseCookies(header: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const raw = part.slice(index + 1).trim();
    try {
      cookies[part.slice(0, index).trim()] = decodeURIComponent(raw);
    } catch {
      cookies[part.slice(0, index).trim()] = raw; // another site's malformed cookie must not break the API
    }
  }
  return cookies;
}

/** The token of an `Authorization: Bearer …` header, or null when the request has none. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}

/**
 * The user behind a route handler's request, or a 401 AppError: a personal API token
 * (`Authorization: Bearer crd_…`, which then decides alone: an unknown or revoked token is 401
 * even with a session cookie), else the session cookie. A token acts with its user's permissions.
 * `allowToken: false` is for the account's own keys (password, tokens): a leaked token must not
 * be able to mint more tokens or lock its owner out.
 */
export async function requireRequestUser(request: Request, options: { allowToken?: boolean } = {}): Promise<SessionUser> {
  const bearer = bearerToken(request);
  if (bearer !== null) {
    const tokenUser = await authenticateApiToken(bearer);
    if (!tokenUser) throw new AppError('UNAUTHENTICATED', 'That API token is not valid (unknown or revoked).');
    if (options.allowToken === false) throw new AppError('FORBIDDEN', 'API tokens cannot be used here: sign in to Credence in the browser.');
    return tokenUser;
  }
  const token = await getToken({
    req: { headers: request.headers, cookies: parseCookies(request.headers.get('cookie')) } as never,
    secret: process.env.NEXTAUTH_SECRET,
    decode: decodeSessionToken,
  });
  // Raw SQL: every API request reads its user, and a Prisma query costs ~1 ms more CPU than the SQL.
  const [user] = token?.sub
    ? await db.$queryRaw<{ id: string; email: string; name: string; sessionsValidFrom: Date | null }[]>`
        SELECT id, email, name, "sessionsValidFrom" FROM "User" WHERE id = ${token.sub}`
    : [];
  if (!user || isSessionRevoked(token?.authAt, user.sessionsValidFrom)) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return { id: user.id, email: user.email, name: user.name };
}

/** Like requireRequestUser, but null for a visitor with no session and no token (public routes). */
export async function findRequestUser(request: Request): Promise<SessionUser | null> {
  try {
    return await requireRequestUser(request);
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAUTHENTICATED' && bearerToken(request) === null) return null;
    throw error;
  }
}
