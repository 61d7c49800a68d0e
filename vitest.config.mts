import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside a React Server environment; tests import the data layer directly.
      'server-only': path.join(root, 'tests/server-only-stub.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // Route handlers under test read real session JWTs signed with this secret (tests/support/http.ts).
    env: { NEXTAUTH_SECRET: 'vitest-only-secret-7f3a9c2e1b8d4f60a5e7c9b2d1f3a8e6' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
