import 'server-only';
import { encode } from 'next-auth/jwt';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/options';
import type { SessionUser } from '@/lib/auth/session';

/** True when a session that signed in at `authAt` predates the user's last password change. */
export function isSessionRevoked(authAt: number | undefined, sessionsValidFrom: Date | null): boolean {
  return sessionsValidFrom !== null && (authAt ?? 0) < sessionsValidFrom.getTime();
}

/** next-auth's session cookie name: `__Secure-` prefixed when the app is served over https. */
function cookieName(): { name: string; secure: boolean } {
  const secure = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
  return { name: `${secure ? '__Secure-' : ''}next-auth.session-token`, secure };
}

/**
 * A fresh session cookie for `user`, signed in now, in next-auth's own format: after a password
 * change, the browser that made it stays signed in while every older session ends.
 */
export async function freshSessionCookie(user: SessionUser): Promise<string> {
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, authAt: Date.now() },
    secret: process.env.NEXTAUTH_SECRET!,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const { name, secure } = cookieName();
  return `${name}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_MAX_AGE_SECONDS}${secure ? '; Secure' : ''}`;
}
