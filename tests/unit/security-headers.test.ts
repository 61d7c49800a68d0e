import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';

describe('security headers', () => {
  it('next.config.js sends the same static headers on every path', async () => {
    const config = require(path.resolve(__dirname, '..', '..', 'next.config.js'));
    expect(await config.headers()).toEqual([{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }]);
  });

  it('allows scripts only with the nonce in production: no inline, no eval, no framing', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123', isDev: false });
    const directives = Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(contentSecurityPolicy({ nonce: 'n', isDev: true })).toContain("'unsafe-eval'");
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
