// Calls route handlers the way Next.js does: a Request with a real session cookie (a JWT signed
// with NEXTAUTH_SECRET, exactly what next-auth issues at login) and the route params.
import { encode } from 'next-auth/jwt';
import type { SessionUser } from '@/lib/auth/session';

// `any`: each route declares its own params shape.
type Handler = (request: Request, context: { params: Promise<any> }) => Promise<Response>;

export async function sessionCookie(user: SessionUser): Promise<string> {
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email, authAt: Date.now() }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

export type CallOptions = {
  user?: SessionUser | null;
  params?: Record<string, string>;
  /** A list value repeats the key (`tag=a&tag=b`). */
  query?: Record<string, string | readonly string[]>;
  body?: unknown;
  rawBody?: string;
  /** A multipart/form-data body (the Request sets the boundary). */
  form?: FormData;
  headers?: Record<string, string>;
};

/** `body` is the parsed JSON when the response is JSON; `text` is always the raw body. */
export type CallResult = { status: number; body: any; text: string; headers: Headers };

export async function call(handler: Handler, method: string, options: CallOptions = {}): Promise<CallResult> {
  const url = new URL('http://localhost/api/test');
  for (const [key, value] of Object.entries(options.query ?? {})) {
    for (const item of typeof value === 'string' ? [value] : value) url.searchParams.append(key, item);
  }
  const headers = new Headers(options.headers);
  if (options.user) headers.set('cookie', await sessionCookie(options.user));
  let body: string | FormData | undefined = options.form ?? options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set('content-type', 'application/json');
  }
  const response = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  const isJson = /json/.test(response.headers.get('content-type') ?? '') && !/ld\+json/.test(response.headers.get('content-type') ?? '');
  return { status: response.status, body: text && isJson ? JSON.parse(text) : null, text, headers: response.headers };
}
