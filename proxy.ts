import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';

// Redirects signed-out visitors of pages to the login page. It protects nothing by itself: every
// page, route handler and server action checks the session on its own (see CONVENTIONS.md).
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL('/login', request.url);
  const returnTo = request.nextUrl.pathname + request.nextUrl.search;
  if (returnTo !== '/') login.searchParams.set('callbackUrl', returnTo);
  return NextResponse.redirect(login);
}

export const config = {
  // Pages only: not the login page, the public invite page, the API (which answers 401 itself), or static files.
  matcher: ['/((?!login|invite/|api/|_next/|favicon.ico|.*\\.(?:png|svg|jpg|ico|txt|webmanifest)$).*)'],
};
