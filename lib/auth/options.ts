import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { clearLoginFailures, clientAddress, isLoginAllowed, LOGIN_RATE_LIMITED } from '@/lib/auth/login-limits';
import { burnPasswordCheck, verifyPassword } from '@/lib/auth/password';
import { loginSchema } from '@/lib/validation/auth';
import { decodeSessionToken } from '@/lib/auth/session-token';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The error a sign-in gets when the server, not the credentials, failed. */
export const LOGIN_UNAVAILABLE = 'LoginUnavailable';

/**
 * Checks an email and password; null for any mismatch, with no hint of which part was wrong (an
 * unknown email costs the same hash as a wrong password). Over the attempt limits (per account and
 * per address, kept in Postgres) it throws LOGIN_RATE_LIMITED before checking anything.
 */
export async function verifyCredentials(input: unknown, options: { address?: string | null } = {}): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const isAllowed = await isLoginAllowed({ email, address: options.address ?? null }).catch((error: unknown) => {
    console.error('Login failed: the database did not answer', error);
    throw new Error(LOGIN_UNAVAILABLE);
  });
  if (!isAllowed) throw new Error(LOGIN_RATE_LIMITED);
  const user = await db.user
    .findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } })
    .catch((error: unknown) => {
      // Never let a database error reach the login URL (next-auth puts thrown messages there).
      console.error('Login failed: the database did not answer', error);
      throw new Error(LOGIN_UNAVAILABLE);
    });
  const isValid = user ? await verifyPassword(user.passwordHash, password) : await burnPasswordCheck(password);
  if (!user || !isValid) return null;
  await clearLoginFailures(email);
  return { id: user.id, email: user.email, name: user.name };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { decode: decodeSessionToken },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      authorize: (credentials, request) => verifyCredentials(credentials, { address: clientAddress(request?.headers) }),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.authAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      session.authAt = token.authAt;
      return session;
    },
  },
};
