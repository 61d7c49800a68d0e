import 'server-only';
import { getToken } from 'next-auth/jwt';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

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

/** The user behind a route handler's request (session cookie), or a 401 AppError. */
export async function requireRequestUser(request: Request): Promise<SessionUser> {
  const token = await getToken({
    req: { headers: request.headers, cookies: parseCookies(request.headers.get('cookie')) } as never,
    secret: process.env.NEXTAUTH_SECRET,
  });
  const user = token?.sub
    ? await db.user.findUnique({ where: { id: token.sub }, select: { id: true, email: true, name: true } })
    : null;
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return user;
}
