// Security headers. Pages get a Content-Security-Policy with a fresh nonce per request (set in
// proxy.ts: Next.js reads the nonce from the request's CSP header and puts it on its own scripts);
// every response, API and static files included, gets the static headers (next.config.js).
// Edge-safe: no Node APIs.

/** Headers that never change, for every response. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * The page policy: scripts only from this origin with the request's nonce ('strict-dynamic' lets
 * Next's loader add its chunks), never inline or eval in production. Styles allow inline
 * attributes (React `style={{ … }}` sets theme colours), which cannot run code.
 */
export function contentSecurityPolicy(options: { nonce: string; isDev: boolean }): string {
  const scripts = [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`, ...(options.isDev ? [`'unsafe-eval'`] : [])];
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(' ')}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' blob: data:`,
    `font-src 'self'`,
    `connect-src 'self'${options.isDev ? ' ws:' : ''}`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/** A nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
