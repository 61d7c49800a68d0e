import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/security/headers';

// Public pages: no session needed.
const PUBLIC_PAGES = /^\/(?:login|invite\/)/;

// Gives every page its Content-Security-Policy with a fresh nonce, and redirects signed-out
// visitors of other pages to the login page. The redirect protects nothing by itself: every page,
// route handler and server action checks the session on its own (see CONVENTIONS.md).
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, isDev: process.env.NODE_ENV === 'development' });
  const isPublic = PUBLIC_PAGES.test(request.nextUrl.pathname);
  if (!isPublic && !(await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET }))) {
    const login = new URL('/login', request.url);
    const returnTo = request.nextUrl.pathname + request.nextUrl.search;
    if (returnTo !== '/') login.searchParams.set('callbackUrl', returnTo);
    return NextResponse.redirect(login);
  }
  // Next.js takes the nonce for its own scripts from the request's policy header.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  requestHeaders.set('x-nonce', nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages only: not the API (which answers 401 itself) or static files.
  matcher: [{ source: '/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|jpg|ico|txt|webmanifest)$).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
};
