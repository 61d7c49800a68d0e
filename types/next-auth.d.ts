import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { id: string };
    /** When this session signed in (ms since the epoch): a password change ends older sessions. */
    authAt?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    authAt?: number;
  }
}
