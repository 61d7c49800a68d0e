import 'server-only';
import { getServerSession } from 'next-auth';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { authOptions } from '@/lib/auth/options';
import { isSessionRevoked } from '@/lib/auth/session-cookie';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** The signed-in person, as every server function receives them. */
export type SessionUser = { id: string; email: string; name: string };

/** The session's user, re-read from the database (a deleted account's token, or one older than a password change, stops working). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, sessionsValidFrom: true } });
  if (!user || isSessionRevoked(session.authAt, user.sessionsValidFrom)) return null;
  return { id: user.id, email: user.email, name: user.name };
});

/** For route handlers and server actions: the user, or a 401 AppError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return user;
}

/** For pages: the user, or a redirect to the login page that comes back here afterwards. */
export async function requirePageUser(returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
