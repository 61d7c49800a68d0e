import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

// next-auth's own handler: the credentials are validated with zod in authorize().
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
